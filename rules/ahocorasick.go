package rules

import (
	"slices"
	"sort"
)

// acMatcher is a small Aho–Corasick automaton over bytes. It finds, in one
// pass over a text, every pattern that occurs in it. Patterns are matched
// byte for byte: callers lower-case both sides beforehand.
//
// The root has a dense transition table (most bytes of a text leave the
// automaton at the root); every other node keeps its few edges sorted in one
// shared slice and is searched by failure links, the classic way.
type acMatcher struct {
	root  [256]int32 // transitions of the root; 0 = stay at the root
	nodes []acNode
	outs  []acOut // parallel to nodes, read where a node reports
	edges []acEdge
	lens  []int // length of each pattern, by pattern id
}

// acNode is kept to 16 bytes: a scan visits a node for nearly every byte
// of every diagnostic, and with the rule set's automata (30,000 nodes)
// the scan waited on memory more than it computed.
type acNode struct {
	first int32 // edges[first : first+n], sorted by byte
	fail  int32 // longest proper suffix that is also a trie node
	// The first edge again, beside the rest of the node: nearly every
	// node below the root has one edge, and scan reads it without a
	// second look-up.
	next0   int32
	n       uint16
	b0      byte
	reports bool // a pattern ends here or on the fail chain (outs)
}

type acOut struct {
	out  int32 // id of the pattern ending here, or -1
	dict int32 // nearest node on the fail chain with out >= 0, or -1
}

type acEdge struct {
	b    byte
	next int32
}

// newAC builds the automaton. Pattern i gets id i; empty patterns never
// match; a pattern given twice is reported under its first id only.
func newAC(patterns []string) *acMatcher {
	m := &acMatcher{lens: make([]int, len(patterns))}
	ids := make([]int32, 0, len(patterns))
	for id, p := range patterns {
		m.lens[id] = len(p)
		if p != "" {
			ids = append(ids, int32(id))
		}
	}
	// The trie is built from the patterns in byte order, so a node's
	// children come in byte order and the path of the pattern before is
	// the only one to look up: no map per node (with one, building the
	// rule set's automata took a third of the command's start-up).
	sort.SliceStable(ids, func(a, b int) bool { return patterns[ids[a]] < patterns[ids[b]] })
	type tnode struct {
		b                    byte
		depth                int32
		child, last, sibling int32 // first and last child, next sibling; 0 = none
		out                  int32
	}
	trie := []tnode{{out: -1}}
	path := []int32{0} // path[i]: the node of the previous pattern's first i bytes
	prev := ""
	for _, id := range ids {
		p := patterns[id]
		l := 0
		for l < len(p) && l < len(prev) && p[l] == prev[l] {
			l++
		}
		if l == len(p) {
			continue // the same as the previous one: its first id stands
		}
		path = path[:l+1]
		cur := path[l]
		for i := l; i < len(p); i++ {
			nx := int32(len(trie))
			trie = append(trie, tnode{b: p[i], depth: int32(i + 1), out: -1})
			if last := trie[cur].last; last == 0 {
				trie[cur].child = nx
			} else {
				trie[last].sibling = nx
			}
			trie[cur].last = nx
			cur = nx
			path = append(path, cur)
		}
		trie[cur].out = id
		prev = p
	}

	// Nodes are numbered for the scan's memory reads: the root and the
	// two levels below it first (most bytes of a text end in them), then
	// each subtree below depth depth first, children in byte order, so
	// that a scan reading along a pattern reads along memory.
	order := []int32{0} // new number -> trie index
	for k := 0; k < len(order); k++ {
		if t := order[k]; t == 0 || trie[t].depth < 2 {
			for c := trie[t].child; c != 0; c = trie[c].sibling {
				order = append(order, c)
			}
		}
	}
	var stack []int32
	for _, top := range order {
		if trie[top].depth != 2 {
			continue
		}
		for c := trie[top].child; c != 0; c = trie[c].sibling {
			stack = append(stack, c)
		}
		slices.Reverse(stack)
		for len(stack) > 0 {
			t := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			order = append(order, t)
			n := len(stack)
			for c := trie[t].child; c != 0; c = trie[c].sibling {
				stack = append(stack, c)
			}
			slices.Reverse(stack[n:])
		}
	}
	num := make([]int32, len(trie)) // trie index -> new number
	for i, t := range order {
		num[t] = int32(i)
	}
	m.nodes = make([]acNode, len(trie))
	m.outs = make([]acOut, len(trie))
	m.edges = make([]acEdge, 0, len(trie)-1)
	for i, t := range order {
		n := &m.nodes[i]
		*n = acNode{first: int32(len(m.edges))}
		m.outs[i] = acOut{out: trie[t].out, dict: -1}
		for c := trie[t].child; c != 0; c = trie[c].sibling {
			m.edges = append(m.edges, acEdge{b: trie[c].b, next: num[c]})
		}
		n.n = uint16(int32(len(m.edges)) - n.first) // at most 256
		if n.n > 0 {
			n.b0, n.next0 = m.edges[n.first].b, m.edges[n.first].next
		}
	}
	for _, e := range m.rootEdges() {
		m.root[e.b] = e.next
	}

	// Breadth-first: fail and dict links of a node depend only on
	// shallower nodes.
	queue := make([]int32, 0, len(m.nodes))
	for _, e := range m.rootEdges() {
		m.nodes[e.next].fail = 0
		queue = append(queue, e.next)
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		nu := m.nodes[u]
		for _, e := range m.edges[nu.first : nu.first+int32(nu.n)] {
			v := e.next
			f := nu.fail
			for {
				if nx, ok := m.step(f, e.b); ok {
					f = nx
					break
				}
				if f == 0 {
					break
				}
				f = m.nodes[f].fail
			}
			m.nodes[v].fail = f
			if m.outs[f].out >= 0 {
				m.outs[v].dict = f
			} else {
				m.outs[v].dict = m.outs[f].dict
			}
			queue = append(queue, v)
		}
	}
	for i, o := range m.outs {
		m.nodes[i].reports = o.out >= 0 || o.dict >= 0
	}
	return m
}

func (m *acMatcher) rootEdges() []acEdge {
	r := m.nodes[0]
	return m.edges[r.first : r.first+int32(r.n)]
}

// step follows the edge labelled b out of node s, if there is one.
func (m *acMatcher) step(s int32, b byte) (int32, bool) {
	if s == 0 {
		nx := m.root[b]
		return nx, nx != 0
	}
	n := &m.nodes[s]
	es := m.edges[n.first : n.first+int32(n.n)]
	if len(es) <= 8 {
		for _, e := range es {
			if e.b == b {
				return e.next, true
			}
			if e.b > b {
				return 0, false
			}
		}
		return 0, false
	}
	lo, hi := 0, len(es)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if es[mid].b < b {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(es) && es[lo].b == b {
		return es[lo].next, true
	}
	return 0, false
}

// scan calls hit for every occurrence of every pattern in text, with the
// pattern id and the end offset of the occurrence. A pattern occurring
// several times is reported several times.
func (m *acMatcher) scan(text []byte, hit func(id int32, end int)) {
	if len(m.nodes) <= 1 {
		return
	}
	nodes := m.nodes
	s := int32(0)
	for i, b := range text {
		// The edge labelled b out of s or, failing that, out of the
		// longest suffix of s that has one (written out here, not in a
		// function: this loop runs for every byte of every diagnostic).
		for {
			if s == 0 {
				s = m.root[b]
				break
			}
			n := &nodes[s]
			if n.n > 0 && b == n.b0 {
				s = n.next0
				break
			}
			if n.n > 1 && b > n.b0 {
				if nx, ok := m.step(s, b); ok {
					s = nx
					break
				}
			}
			s = n.fail
		}
		if !nodes[s].reports {
			continue
		}
		o := s
		if m.outs[o].out < 0 {
			o = m.outs[o].dict
		}
		for o > 0 {
			hit(m.outs[o].out, i+1)
			o = m.outs[o].dict
		}
	}
}

// findAll returns the ids of the patterns that occur in text, each once, in
// increasing order. It is meant for tests and tools; Match uses scan.
func (m *acMatcher) findAll(text []byte) []int {
	seen := map[int32]bool{}
	m.scan(text, func(id int32, _ int) { seen[id] = true })
	out := make([]int, 0, len(seen))
	for id := range seen {
		out = append(out, int(id))
	}
	sort.Ints(out)
	return out
}
