package htmlreport

// labels holds the page's words in English and Chinese. Reason names are
// never translated: they are the vocabulary users search and filter on.
var labels = map[string][2]string{
	"title":             {"Bounce report", "退信报告"},
	"generated":         {"Generated", "生成时间"},
	"period":            {"Records from", "记录时间"},
	"to":                {"to", "至"},
	"glance":            {"At a glance", "概览"},
	"messages":          {"messages read", "已读邮件"},
	"bounces":           {"bounces", "退信"},
	"hard":              {"hard", "硬退信"},
	"soft":              {"soft", "软退信"},
	"complaints":        {"complaints", "投诉"},
	"autoreplies":       {"auto-replies left aside", "自动回复（已忽略）"},
	"delivered":         {"delivery reports", "投递成功回执"},
	"errors":            {"unreadable inputs", "无法读取的输入"},
	"suppressions":      {"new suppressions", "新增禁发地址"},
	"alerts":            {"incident alerts", "事件告警"},
	"byclass":           {"Bounces by class", "按类别的退信"},
	"perday":            {"Bounces per day", "每日退信"},
	"perday.note":       {"by the date of the bounce, up to the last 30 days", "按退信日期，最多 30 天"},
	"permonth":          {"Bounces per month", "每月退信"},
	"peryear":           {"Bounces per year", "每年退信"},
	"permonth.note":     {"by the date of the bounce; the records span more than 30 days", "按退信日期；记录跨度超过 30 天"},
	"peryear.note":      {"by the date of the bounce; the records span more than 30 months", "按退信日期；记录跨度超过 30 个月"},
	"period.day":        {"Date", "日期"},
	"period.month":      {"Month", "月份"},
	"period.year":       {"Year", "年份"},
	"numbers":           {"Numbers", "数据"},
	"date":              {"Date", "日期"},
	"total":             {"Total", "合计"},
	"reasons":           {"Bounces by reason", "按原因的退信"},
	"reason":            {"Reason", "原因"},
	"description":       {"Description", "说明"},
	"count":             {"Count", "数量"},
	"providers":         {"Top providers", "主要收件服务商"},
	"provider":          {"Provider", "服务商"},
	"domains":           {"Top receiving domains", "主要收件域名"},
	"domain":            {"Domain", "域名"},
	"failures":          {"Failures", "失败"},
	"mainreason":        {"Main reason", "主要原因"},
	"incidents":         {"Incidents: receivers refusing the sender", "事件：收件方拒收发件方"},
	"incidents.note":    {"Refusals of the sending IP, domain, rate or content, by provider and reason. A group of %d or more recipients is an alert.", "按服务商和原因归组的对发信 IP、域名、频率或内容的拒收。达到 %d 个收件人即为告警。"},
	"incidents.noalert": {"Refusals of the sending IP, domain, rate or content, by provider and reason.", "按服务商和原因归组的对发信 IP、域名、频率或内容的拒收。"},
	"noincidents":       {"No receiver refused the sender.", "没有收件方拒收发件方。"},
	"moreincidents":     {"Smaller incidents", "其他事件"},
	"evidence":          {"Lists, codes, IPs", "黑名单、代码、IP"},
	"alert":             {"ALERT", "告警"},
	"why":               {"Rule", "规则说明"},
	"rcptheader":        {"Recipients", "收件人"},
	"recipients":        {"recipients", "个收件人"},
	"blocklists":        {"Blocklists", "黑名单"},
	"ips":               {"Sending IPs", "发信 IP"},
	"codes":             {"Provider codes", "服务商代码"},
	"delist":            {"Delisting / help", "解封 / 帮助"},
	"statuses":          {"Status codes", "状态码"},
	"seen":              {"Seen", "时间"},
	"example":           {"Example", "示例"},
	"failed":            {"Failed recipients by reason", "按原因的失败收件人"},
	"status":            {"Status", "状态码"},
	"diagnostic":        {"Diagnostic (example)", "诊断信息（示例）"},
	"omitted":           {"and %d more not listed", "另有 %d 个未列出"},
	"none":              {"None.", "无。"},
	"class.address":     {"address gone", "地址无效"},
	"class.mailbox":     {"mailbox full / unavailable", "邮箱已满 / 不可用"},
	"class.sender":      {"sender refused", "拒收发件方"},
	"class.system":      {"system / network", "系统 / 网络"},
	"class.other":       {"other", "其他"},
	"footer":            {"Made by bounce. This file is self-contained: no script, no external request.", "由 bounce 生成。本文件自包含：无脚本、无外部请求。"},
}

// reasonText describes each reason of the vocabulary (reasons.md), in
// English and Chinese.
var reasonText = map[string][2]string{
	"userunknown":     {"the mailbox does not exist", "收件人邮箱不存在"},
	"hostunknown":     {"the domain does not exist or has no mail host", "收件域名不存在或没有邮件服务器"},
	"hasmoved":        {"the mailbox moved and mail is not forwarded", "邮箱已迁移且不转发"},
	"notaccept":       {"the domain accepts no mail", "该域名不接收任何邮件"},
	"mailboxfull":     {"the mailbox is over quota", "收件人邮箱已满"},
	"emailtoolarge":   {"the message is too large for the receiver", "邮件超过对方允许的大小"},
	"suspend":         {"the mailbox is disabled or suspended", "邮箱已停用或被冻结"},
	"systemfull":      {"the receiving system's disk is full", "对方系统存储空间已满"},
	"systemerror":     {"the receiving system failed", "对方系统出错"},
	"mailererror":     {"a delivery program on the receiver failed", "对方投递程序出错"},
	"networkerror":    {"DNS, routing or another network failure", "DNS、路由或其他网络故障"},
	"expired":         {"the queue gave up after retrying for days", "多日重试后放弃投递"},
	"ratelimited":     {"sending too fast or too many connections", "发信频率过高或连接过多"},
	"blocked":         {"the sending IP or host is refused (blocklist)", "发信 IP 或主机被拒（黑名单）"},
	"requireptr":      {"the sending IP has no reverse DNS (PTR)", "发信 IP 没有反向解析（PTR）"},
	"badreputation":   {"the sender's reputation is distrusted", "发件方信誉不佳"},
	"authfailure":     {"SPF, DKIM or DMARC failed", "SPF、DKIM 或 DMARC 验证失败"},
	"spamdetected":    {"the content was judged to be spam", "内容被判为垃圾邮件"},
	"virusdetected":   {"the content carries a virus", "内容含有病毒"},
	"policyviolation": {"the content or sender breaks a receiver policy", "内容或发件方违反对方策略"},
	"contenterror":    {"malformed headers or body", "邮件头或正文格式错误"},
	"notcompliantrfc": {"the message breaks RFC 5322", "邮件不符合 RFC 5322"},
	"securityerror":   {"authentication or encryption failed", "认证或加密失败"},
	"failedstarttls":  {"STARTTLS negotiation failed", "STARTTLS 协商失败"},
	"norelaying":      {"the server refused to relay", "对方拒绝转发"},
	"rejected":        {"the sender address was refused", "发件人地址被拒"},
	"filtered":        {"the recipient's filter refused the message", "被收件人的过滤规则拒收"},
	"syntaxerror":     {"an SMTP command syntax error", "SMTP 命令语法错误"},
	"suppressed":      {"suppressed by the sending provider's list", "被发信服务商的禁发列表拦截"},
	"onhold":          {"a bounce whose reason is not fixed yet", "退信原因暂无法确定"},
	"undefined":       {"a bounce, but nothing tells why", "退信，但未说明原因"},
	"delivered":       {"delivered", "已投递"},
	"vacation":        {"an auto-reply", "自动回复"},
	"feedback":        {"a complaint report", "投诉报告"},
}

func langIndex(lang string) int {
	if lang == "zh" {
		return 1
	}
	return 0
}

func label(lang, key string) string {
	if l, ok := labels[key]; ok {
		return l[langIndex(lang)]
	}
	return key
}

// Describe returns the description of a reason in lang ("en" or "zh"),
// "" for a name outside the vocabulary.
func Describe(reason, lang string) string {
	if t, ok := reasonText[reason]; ok {
		return t[langIndex(lang)]
	}
	return ""
}
