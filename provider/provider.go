// Package provider tells which mail provider receives mail for a domain:
// QQ/Exmail, NetEase 163/126/yeah, Sina, Sohu, Aliyun, Gmail, Microsoft,
// Yahoo/AOL, Apple and others, so that a report can say "Microsoft refuses
// us" rather than list a hundred hotmail.* and outlook.* domains.
//
// The table is embedded data (providers.yaml) and Load reads another in
// the same format. Lookups need no DNS: a domain matches by suffix, and a
// company domain hosted by a provider is recognised by the MTA host names
// a bounce already carries (mxbiz1.qq.com, *.protection.outlook.com).
package provider

import (
	_ "embed"
	"fmt"
	"os"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed providers.yaml
var defaultYAML []byte

// Provider is one group of receiving domains run by the same provider.
type Provider struct {
	ID     string // short stable name, e.g. "qq", "netease", "microsoft"
	NameEN string // display name in English
	NameZH string // display name in Chinese
	// Domains are the recipient domains of the provider; Hosts the MTA
	// host names that identify it when the domain is a customer's.
	Domains, Hosts []string
}

// Name returns the display name in lang ("zh" or anything else for
// English), falling back to English and then to the ID.
func (p *Provider) Name(lang string) string {
	if lang == "zh" && p.NameZH != "" {
		return p.NameZH
	}
	if p.NameEN != "" {
		return p.NameEN
	}
	return p.ID
}

// Table maps domains and hosts to providers. It is safe for concurrent
// use once built.
type Table struct {
	list      []*Provider
	domains   map[string]*Provider // exact or parent domain
	domainsWC map[string]*Provider // "hotmail" for "hotmail.*"
	hosts     map[string]*Provider
	hostsWC   map[string]*Provider
}

type file struct {
	Providers []struct {
		ID   string `yaml:"id"`
		Name struct {
			EN string `yaml:"en"`
			ZH string `yaml:"zh"`
		} `yaml:"name"`
		Domains []string `yaml:"domains"`
		Hosts   []string `yaml:"hosts"`
	} `yaml:"providers"`
}

// Parse reads a provider table in the format of the embedded
// providers.yaml. name is used in errors.
func Parse(name string, data []byte) (*Table, error) {
	var f file
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	t := &Table{
		domains: map[string]*Provider{}, domainsWC: map[string]*Provider{},
		hosts: map[string]*Provider{}, hostsWC: map[string]*Provider{},
	}
	seen := map[string]bool{}
	for i, e := range f.Providers {
		if e.ID == "" {
			return nil, fmt.Errorf("%s: provider %d has no id", name, i+1)
		}
		if seen[e.ID] {
			return nil, fmt.Errorf("%s: provider %q listed twice", name, e.ID)
		}
		seen[e.ID] = true
		p := &Provider{ID: e.ID, NameEN: e.Name.EN, NameZH: e.Name.ZH, Domains: e.Domains, Hosts: e.Hosts}
		t.list = append(t.list, p)
		if err := add(t.domains, t.domainsWC, p, e.Domains); err != nil {
			return nil, fmt.Errorf("%s: provider %q: %w", name, e.ID, err)
		}
		if err := add(t.hosts, t.hostsWC, p, e.Hosts); err != nil {
			return nil, fmt.Errorf("%s: provider %q: %w", name, e.ID, err)
		}
	}
	return t, nil
}

func add(exact, wc map[string]*Provider, p *Provider, names []string) error {
	for _, n := range names {
		n = strings.ToLower(strings.TrimSpace(n))
		m := exact
		if base, ok := strings.CutSuffix(n, ".*"); ok {
			m, n = wc, base
		}
		if n == "" || strings.ContainsAny(n, "*@ ") {
			return fmt.Errorf("bad domain %q (want example.com or name.*)", n)
		}
		if q := m[n]; q != nil && q != p {
			return fmt.Errorf("domain %q already belongs to %q", n, q.ID)
		}
		m[n] = p
	}
	return nil
}

// Load reads a provider table from a file.
func Load(path string) (*Table, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

var (
	defaultOnce  sync.Once
	defaultTable *Table
)

// Default returns the embedded table.
func Default() *Table {
	defaultOnce.Do(func() {
		t, err := Parse("provider/providers.yaml", defaultYAML)
		if err != nil {
			panic(err) // the embedded table is tested
		}
		defaultTable = t
	})
	return defaultTable
}

// Providers returns the providers in table order.
func (t *Table) Providers() []*Provider { return append([]*Provider(nil), t.list...) }

// Domain returns the provider of a recipient domain, or nil. The most
// specific entry wins: yahoo.co.jp is Yahoo! JAPAN even though "yahoo.*"
// is Yahoo.
func (t *Table) Domain(domain string) *Provider {
	return lookup(t.domains, t.domainsWC, domain)
}

// Host returns the provider an MTA host name belongs to, or nil.
func (t *Table) Host(host string) *Provider {
	return lookup(t.hosts, t.hostsWC, host)
}

// Of returns the provider that receives mail for domain: the domain's own
// provider, else the provider of the first host that has one, else nil.
// Give it the receiver's hosts (the remote MTA): the reporting MTA is often
// the sender's own provider.
func (t *Table) Of(domain string, hosts ...string) *Provider {
	if p := t.Domain(domain); p != nil {
		return p
	}
	for _, h := range hosts {
		if p := t.Host(h); p != nil {
			return p
		}
	}
	return nil
}

func lookup(exact, wc map[string]*Provider, name string) *Provider {
	name = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(name), "."))
	if name == "" {
		return nil
	}
	for s := name; ; {
		if p := exact[s]; p != nil {
			return p
		}
		i := strings.IndexByte(s, '.')
		if i < 0 {
			break
		}
		s = s[i+1:]
	}
	// "hotmail.*": a label followed by one or two more (hotmail.fr,
	// hotmail.co.uk), possibly under subdomains.
	labels := strings.Split(name, ".")
	for i := len(labels) - 2; i >= 0 && i >= len(labels)-3; i-- {
		if p := wc[labels[i]]; p != nil {
			return p
		}
	}
	return nil
}

// DomainOf returns the domain of an address ("" when it has no @), lower
// case and without a trailing dot or angle bracket.
func DomainOf(addr string) string {
	i := strings.LastIndexByte(addr, '@')
	if i < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimRight(addr[i+1:], ".> \t"))
}
