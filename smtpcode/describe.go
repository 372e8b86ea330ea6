package smtpcode

import (
	"strconv"
	"strings"
)

// Meaning tells what a reply code or an enhanced status code stands for,
// in English (EN) and Chinese (ZH).
type Meaning struct {
	Code string // the code as it was asked for, e.g. "550" or "5.1.1"
	EN   string
	ZH   string
}

type words struct{ en, zh string }

// replyMeanings covers the reply codes of RFC 5321 and the ones that
// SMTP extensions (AUTH RFC 4954, STARTTLS RFC 3207, RFC 7504) added, plus
// 571, which some servers send although no RFC defines it.
var replyMeanings = map[string]words{
	"211": {"System status or help reply: information about the server, for a person or a diagnostic tool.",
		"系统状态或帮助回复：关于服务器状况的信息，供人或诊断工具查看。"},
	"214": {"Help message: how to use the server or what a command means; meant for a human reader.",
		"帮助信息：说明服务器的用法或某条命令的含义，供人阅读。"},
	"220": {"Service ready: the server's greeting; the SMTP session can begin.",
		"服务就绪：服务器的问候语，SMTP 会话可以开始。"},
	"221": {"Service closing the transmission channel: the server says goodbye, normally after QUIT.",
		"服务正在关闭传输通道：服务器结束会话，通常在 QUIT 之后。"},
	"250": {"Requested mail action okay, completed.",
		"请求的邮件操作已顺利完成。"},
	"251": {"User not local: the server accepts the message and will forward it to another address.",
		"用户不在本地：服务器接收邮件，并会把它转发到另一个地址。"},
	"252": {"Cannot verify the user (VRFY), but the server will accept the message and try to deliver it.",
		"无法核实该用户（VRFY），但服务器会接收邮件并尝试投递。"},
	"354": {"Start mail input: the client is to send the message and end it with a line holding a single dot.",
		"开始输入邮件：客户端应发送邮件内容，并以只含一个句点的行结束。"},
	"421": {"Service not available, closing the channel: the server cannot serve now (overload, shutdown, too many connections, rate limits). A temporary failure: try again later.",
		"服务不可用，正在关闭通道：服务器目前无法提供服务（负载过高、正在停机、连接过多或限流）。属于暂时性失败，稍后重试。"},
	"432": {"A password transition is needed before this authentication mechanism may be used (RFC 4954).",
		"使用该认证机制前需要先完成密码转换（RFC 4954）。"},
	"450": {"Requested mail action not taken: mailbox unavailable for now (busy, locked, or refused for the moment on policy grounds such as greylisting). A temporary failure.",
		"请求的邮件操作未执行：信箱暂时不可用（繁忙、被锁定，或因灰名单等策略暂时拒收）。属于暂时性失败。"},
	"451": {"Requested action aborted: a local error in processing on the receiving side. A temporary failure.",
		"请求的操作已中止：接收方处理时发生本地错误。属于暂时性失败。"},
	"452": {"Requested action not taken: insufficient system storage. Also used for too many recipients at once, and by many servers for a full mailbox. A temporary failure.",
		"请求的操作未执行：系统存储空间不足。也用于一次给出的收件人过多，很多服务器还用它表示信箱已满。属于暂时性失败。"},
	"454": {"Temporary authentication failure (RFC 4954), or TLS not available for a temporary reason (RFC 3207).",
		"暂时性认证失败（RFC 4954），或因临时原因无法启用 TLS（RFC 3207）。"},
	"455": {"The server cannot accommodate the parameters given with MAIL or RCPT at this time. A temporary failure.",
		"服务器目前无法满足 MAIL 或 RCPT 命令附带的参数。属于暂时性失败。"},
	"500": {"Syntax error, command unrecognized (including a command line that is too long).",
		"语法错误，无法识别的命令（包括命令行过长）。"},
	"501": {"Syntax error in parameters or arguments, for example a malformed address.",
		"参数语法错误，例如地址格式不正确。"},
	"502": {"Command not implemented by this server.",
		"该服务器没有实现此命令。"},
	"503": {"Bad sequence of commands: the command is not allowed at this point of the session.",
		"命令顺序错误：会话进行到这一步时不允许该命令。"},
	"504": {"Command parameter not implemented.",
		"命令的参数没有实现。"},
	"521": {"Host does not accept mail: this server takes no mail at all (RFC 7504).",
		"主机不接收邮件：该服务器不接收任何邮件（RFC 7504）。"},
	"530": {"Authentication required (RFC 4954); also sent when the client must issue STARTTLS first (RFC 3207).",
		"需要认证（RFC 4954）；要求客户端先执行 STARTTLS 时也用此码（RFC 3207）。"},
	"534": {"Authentication mechanism is too weak (RFC 4954).",
		"认证机制强度不够（RFC 4954）。"},
	"535": {"Authentication credentials invalid: wrong user name or password (RFC 4954).",
		"认证凭据无效：用户名或密码错误（RFC 4954）。"},
	"538": {"Encryption required for the requested authentication mechanism (RFC 4954).",
		"所请求的认证机制必须在加密连接上使用（RFC 4954）。"},
	"550": {"Requested action not taken: mailbox unavailable. The mailbox does not exist, access is denied, or the command was refused on policy grounds. A permanent failure; the words after the code tell which.",
		"请求的操作未执行：信箱不可用。可能是信箱不存在、无权访问，或因策略原因拒绝该命令。属于永久性失败，代码后的文字会说明具体原因。"},
	"551": {"User not local: the server will not forward; the sender should try the address the server gives.",
		"用户不在本地：服务器不代为转发，发件方应改用服务器给出的地址。"},
	"552": {"Requested mail action aborted: exceeded storage allocation (a full mailbox, or a message too large). Some servers also use it for too many recipients, which a client should treat as temporary.",
		"请求的邮件操作已中止：超出存储分配（信箱已满或邮件过大）。部分服务器也用它表示收件人过多，这种情况客户端应按暂时性失败处理。"},
	"553": {"Requested action not taken: mailbox name not allowed, for example a malformed address or a sender address the server refuses.",
		"请求的操作未执行：信箱名称不被允许，例如地址格式错误，或发件地址被服务器拒绝。"},
	"554": {"Transaction failed; as the first reply of a connection it means there is no SMTP service here. Often used for blocks and content refusals. A permanent failure.",
		"事务失败；若是连接后的第一条回复，则表示此处不提供 SMTP 服务。常用于封锁和内容拒收。属于永久性失败。"},
	"555": {"MAIL FROM or RCPT TO parameters not recognized or not implemented.",
		"MAIL FROM 或 RCPT TO 的参数无法识别或没有实现。"},
	"556": {"Domain does not accept mail: the recipient's domain takes no mail, usually announced with a null MX record (RFC 7504, RFC 7505).",
		"域名不接收邮件：收件人的域名不接收任何邮件，通常以空 MX 记录声明（RFC 7504、RFC 7505）。"},
	"571": {"Not defined by any RFC: some servers, notably some Windows ones, send it to refuse a message on policy grounds (relaying denied, a blocked sender). Read it as a permanent refusal, like 550 with 5.7.1.",
		"并非 RFC 定义的代码：部分服务器（尤其是一些 Windows 服务器）用它表示基于策略的拒绝（禁止中继、发件方被封）。可按永久性拒绝理解，相当于 550 加 5.7.1。"},
}

// replyFirst and replySecond describe the digits of a reply code that is
// not in replyMeanings (RFC 5321 section 4.2.1).
var replyFirst = map[byte]words{
	'2': {"positive completion: the command succeeded", "肯定完成：命令已成功执行"},
	'3': {"positive intermediate: the command was accepted and the server waits for more", "肯定中间状态：命令已接受，服务器等待后续内容"},
	'4': {"transient negative completion: the command failed for now and may succeed if tried again later", "暂时否定：命令暂时失败，稍后重试可能成功"},
	'5': {"permanent negative completion: the command failed and will fail again as it is", "永久否定：命令失败，原样重试仍会失败"},
}

var replySecond = map[byte]words{
	'0': {"about syntax", "与语法有关"},
	'1': {"an information reply", "属于信息类回复"},
	'2': {"about the connection", "与连接有关"},
	'3': {"of no category RFC 5321 names", "不属于 RFC 5321 所列的类别"},
	'4': {"of no category RFC 5321 names", "不属于 RFC 5321 所列的类别"},
	'5': {"about the mail system", "与邮件系统有关"},
}

// DescribeReply tells what an SMTP reply code means. code is three digits,
// the first 2–5. A code that no
// RFC defines (and that is not a well-known extra such as 571) gets a
// meaning built from its digits. ok is false only for a malformed code.
func DescribeReply(code string) (Meaning, bool) {
	code = strings.TrimSpace(code)
	if len(code) != 3 || code[0] < '2' || code[0] > '5' || !isDigit(code[1]) || !isDigit(code[2]) {
		return Meaning{Code: code}, false
	}
	if w, ok := replyMeanings[code]; ok {
		return Meaning{Code: code, EN: w.en, ZH: w.zh}, true
	}
	f, s := replyFirst[code[0]], replySecond[code[1]]
	if s.en == "" {
		s = words{"with a second digit RFC 5321 does not define", "第二位数字在 RFC 5321 中没有定义"}
	}
	return Meaning{
		Code: code,
		EN:   "Not a reply code defined by RFC 5321 or its extensions. Its digits say: " + f.en + ", " + s.en + ".",
		ZH:   "不是 RFC 5321 及其扩展定义的回复码。按各位数字理解：" + f.zh + "，" + s.zh + "。",
	}, true
}

// statusClasses describe the first number of an enhanced status code.
var statusClasses = map[byte]words{
	'2': {"Success (2.x.x): the action was carried out.",
		"成功（2.x.x）：请求的操作已完成。"},
	'4': {"Persistent transient failure (4.x.x): not delivered yet, but the same message may get through if sent again later.",
		"暂时性失败（4.x.x）：暂未投递，稍后重发同一封邮件可能成功。"},
	'5': {"Permanent failure (5.x.x): sending the same message again will fail the same way unless something changes.",
		"永久性失败（5.x.x）：若不做任何改变，重发同一封邮件仍会以同样方式失败。"},
}

// statusSubjects describe the second number (RFC 3463 section 3).
var statusSubjects = map[int]words{
	0: {"other or undefined status (X.0.x): the code names no cause",
		"其他或未定义状态（X.0.x）：代码本身不说明原因"},
	1: {"addressing status (X.1.x): a problem with the sender's or a recipient's address",
		"地址类状态（X.1.x）：发件人或收件人的地址有问题"},
	2: {"mailbox status (X.2.x): the recipient's mailbox is known, but its state stops delivery",
		"信箱类状态（X.2.x）：收件人信箱是存在的，但其状况妨碍投递"},
	3: {"mail system status (X.3.x): a problem with the receiving mail system",
		"邮件系统类状态（X.3.x）：目的地邮件系统有问题"},
	4: {"network and routing status (X.4.x): a problem with the network or with finding the way to the destination",
		"网络与路由类状态（X.4.x）：网络或通往目的地的路由有问题"},
	5: {"mail delivery protocol status (X.5.x): a problem in the SMTP exchange itself",
		"投递协议类状态（X.5.x）：SMTP 会话本身出了问题"},
	6: {"message content or media status (X.6.x): a problem with the content or format of the message",
		"内容与媒体类状态（X.6.x）：邮件的内容或格式有问题"},
	7: {"security or policy status (X.7.x): refused for security reasons or by the receiver's policy",
		"安全与策略类状态（X.7.x）：因安全原因或接收方的策略而被拒"},
}

// statusDetails are the subject.detail pairs of RFC 3463 and of the IANA
// "SMTP Enhanced Status Codes" registry.
var statusDetails = map[string]words{
	"0.0": {"Other or undefined status: nothing more specific is given; the words that come with the code usually say more.",
		"其他或未定义状态：没有给出更具体的原因，随代码附带的文字通常说得更清楚。"},

	"1.0": {"Other address status: something is wrong with an address, without saying what.",
		"其他地址问题：某个地址有问题，但没有说明是什么问题。"},
	"1.1": {"Bad destination mailbox address: the mailbox left of the @ does not exist at the destination, or the receiver does not know it.",
		"收件人信箱地址错误：@ 左边的信箱在目的地不存在，或对方服务器不认识该用户。"},
	"1.2": {"Bad destination system address: the domain right of the @ does not exist or cannot receive mail.",
		"收件人系统地址错误：@ 右边的域名不存在，或无法接收邮件。"},
	"1.3": {"Bad destination mailbox address syntax: the recipient address is malformed.",
		"收件人地址语法错误：收件人地址的写法不合法。"},
	"1.4": {"Destination mailbox address ambiguous: the address matches more than one mailbox.",
		"收件人地址有歧义：该地址对应不止一个信箱。"},
	"1.5": {"Destination address valid: the recipient address is fine (usually seen as 2.1.5, recipient accepted).",
		"收件人地址有效：收件人地址没有问题（通常以 2.1.5 出现，表示收件人已被接受）。"},
	"1.6": {"Destination mailbox has moved, and no forwarding address is known.",
		"收件人信箱已迁移，且没有可用的转发地址。"},
	"1.7": {"Bad sender's mailbox address syntax: the envelope sender (MAIL FROM) address is malformed.",
		"发件人地址语法错误：信封发件人（MAIL FROM）地址的写法不合法。"},
	"1.8": {"Bad sender's system address: the sender's domain does not exist or cannot receive replies.",
		"发件人系统地址错误：发件人的域名不存在，或无法接收回信。"},
	"1.9": {"Message relayed to a non-compliant mailer: the address was valid and the message was handed on to a system that may not report on it further (RFC 3886).",
		"邮件已转交给不兼容的邮件系统：地址有效，邮件已交给一个可能不再回报后续状态的系统（RFC 3886）。"},
	"1.10": {"Recipient address has null MX: the recipient's domain publishes a null MX record, declaring that it accepts no mail (RFC 7505). Note that Microsoft Exchange also uses 5.1.10 for a recipient not found (RESOLVER.ADR.RecipientNotFound).",
		"收件地址的域名声明不收信（空 MX）：收件人域名发布了空 MX 记录，表示不接收任何邮件（RFC 7505）。注意：Microsoft Exchange 也用 5.1.10 表示找不到收件人（RESOLVER.ADR.RecipientNotFound）。"},

	"2.0": {"Other or undefined mailbox status: the recipient's mailbox has a problem that is not named.",
		"其他或未定义的信箱问题：收件人信箱有问题，但没有说明是什么问题。"},
	"2.1": {"Mailbox disabled, not accepting messages: the mailbox exists but is switched off, suspended or refusing mail.",
		"信箱已停用，不接收邮件：信箱存在，但已被停用、冻结或拒收邮件。"},
	"2.2": {"Mailbox full: the recipient has used up their storage quota.",
		"信箱已满：收件人的存储配额已经用完。"},
	"2.3": {"Message length exceeds administrative limit: the message is larger than this mailbox or site allows.",
		"邮件超出管理限制：邮件大小超过了该信箱或站点允许的上限。"},
	"2.4": {"Mailing list expansion problem: the address is a mailing list that could not be expanded into its members.",
		"邮件列表展开出错：该地址是一个邮件列表，无法展开成成员地址。"},

	"3.0": {"Other or undefined mail system status: the receiving system has a problem that is not named.",
		"其他或未定义的邮件系统问题：目的地邮件系统出了问题，但没有说明是什么问题。"},
	"3.1": {"Mail system full: the receiving system has run out of disk or queue space.",
		"邮件系统存储已满：目的地系统的磁盘或队列空间已耗尽。"},
	"3.2": {"System not accepting network messages: the host is shutting down, under maintenance or otherwise not taking mail for now.",
		"系统暂不接收网络邮件：主机正在停机、维护，或由于其他原因暂时不收信。"},
	"3.3": {"System not capable of selected features: the receiver lacks a feature the message needs.",
		"系统不具备所选功能：接收方缺少该邮件所需要的功能。"},
	"3.4": {"Message too big for system: the message exceeds the receiving system's size limit.",
		"邮件对系统而言过大：邮件超过了接收系统的大小上限。"},
	"3.5": {"System incorrectly configured: a configuration error on the receiving side stops delivery.",
		"系统配置错误：接收方的配置错误导致无法投递。"},
	"3.6": {"Requested priority was changed: the message was accepted, but not with the priority asked for (RFC 6710).",
		"请求的优先级被更改：邮件已被接受，但没有按所请求的优先级处理（RFC 6710）。"},

	"4.0": {"Other or undefined network or routing status: a network or routing problem that is not named.",
		"其他或未定义的网络或路由问题：网络或路由出了问题，但没有说明是什么问题。"},
	"4.1": {"No answer from host: the receiving host could not be reached or did not respond.",
		"主机无应答：无法连上接收主机，或对方没有响应。"},
	"4.2": {"Bad connection: the connection was made, but broke or misbehaved during the exchange.",
		"连接不良：连接已建立，但在会话过程中断开或出错。"},
	"4.3": {"Directory server failure: a lookup in a directory, usually DNS, failed.",
		"目录服务器故障：目录查询（通常是 DNS 查询）失败。"},
	"4.4": {"Unable to route: no way to the destination could be found (for example no usable MX or address record).",
		"无法路由：找不到通往目的地的路径（例如没有可用的 MX 或地址记录）。"},
	"4.5": {"Mail system congestion: the network or a system on the way is overloaded.",
		"邮件系统拥塞：网络或途经的系统负载过高。"},
	"4.6": {"Routing loop detected: the message went round too many times (too many Received header fields).",
		"检测到路由环路：邮件被来回转发的次数过多（Received 头字段过多）。"},
	"4.7": {"Delivery time expired: the sending system retried until its maximum queue time and gave up.",
		"投递超时：发送方反复重试，直到超过最长排队时间后放弃。"},

	"5.0": {"Other or undefined protocol status: the SMTP exchange failed in a way that is not named.",
		"其他或未定义的协议问题：SMTP 会话失败，但没有说明原因。"},
	"5.1": {"Invalid command: the server does not know the command or does not allow it at this point.",
		"无效命令：服务器不认识该命令，或此时不允许使用该命令。"},
	"5.2": {"Syntax error: a command was malformed.",
		"语法错误：命令的写法不正确。"},
	"5.3": {"Too many recipients: more recipients than the server takes in one transaction.",
		"收件人过多：一次事务中的收件人数超过了服务器的上限。"},
	"5.4": {"Invalid command arguments: a parameter of a command is not valid.",
		"命令参数无效：命令所带的参数不合法。"},
	"5.5": {"Wrong protocol version: the two sides do not agree on the protocol version.",
		"协议版本不对：双方的协议版本不一致。"},
	"5.6": {"Authentication exchange line is too long: a line of the SMTP AUTH exchange exceeded the server's limit (RFC 4954).",
		"认证交互行过长：SMTP AUTH 过程中的某一行超过了服务器的长度上限（RFC 4954）。"},

	"6.0": {"Other or undefined media error: a problem with the content that is not named.",
		"其他或未定义的内容问题：邮件内容有问题，但没有说明是什么问题。"},
	"6.1": {"Media not supported: the receiver does not support a media type the message uses.",
		"媒体类型不受支持：接收方不支持邮件中用到的某种媒体类型。"},
	"6.2": {"Conversion required and prohibited: the content would have to be converted to be delivered, but conversion is not allowed.",
		"需要转换但被禁止：内容必须转换才能投递，但不允许转换。"},
	"6.3": {"Conversion required but not supported: the content would have to be converted, and the system cannot do it.",
		"需要转换但不支持：内容必须转换，而系统无法完成该转换。"},
	"6.4": {"Conversion with loss performed: the message was delivered, but some content was lost in conversion.",
		"已进行有损转换：邮件已投递，但转换时丢失了部分内容。"},
	"6.5": {"Conversion failed: converting the content did not work.",
		"转换失败：内容转换没有成功。"},
	"6.6": {"Message content not accepted: the receiver refuses the content of the message.",
		"邮件内容不被接受：接收方拒绝该邮件的内容。"},
	"6.7": {"Non-ASCII addresses not permitted: an internationalized (UTF-8) address was used where that sender or recipient does not allow it (RFC 6531).",
		"不允许非 ASCII 地址：在该发件人或收件人不允许的情况下使用了国际化（UTF-8）地址（RFC 6531）。"},
	"6.8": {"UTF-8 string reply is required, but not permitted by the SMTP client: the client did not ask for SMTPUTF8 (RFC 6531).",
		"需要 UTF-8 回复，但 SMTP 客户端不允许：客户端没有启用 SMTPUTF8（RFC 6531）。"},
	"6.9": {"UTF-8 header message cannot be transferred: the message has UTF-8 header fields that the way to some recipient cannot carry, so it is rejected (RFC 6531).",
		"含 UTF-8 头字段的邮件无法传送：通往某些收件人的路径无法承载邮件中的 UTF-8 头字段，因此邮件被拒（RFC 6531）。"},
	"6.10": {"Registered by RFC 6531 but deprecated: a duplicate of X.6.8 (UTF-8 reply required but not permitted by the client).",
		"由 RFC 6531 登记但已弃用：与 X.6.8 重复（需要 UTF-8 回复，但客户端不允许）。"},

	"7.0": {"Other or undefined security status: a security or policy problem that is not named; often a policy refusal.",
		"其他或未定义的安全问题：有安全或策略问题，但没有说明是什么；常见于按策略拒收。"},
	"7.1": {"Delivery not authorized, message refused: the sender may not send this message to this recipient. Blocklists, relay refusals, spam and policy filters all use it.",
		"未获授权，邮件被拒：发件方无权向该收件人发送这封邮件。黑名单、拒绝中继、垃圾邮件和策略过滤都会用到此码。"},
	"7.2": {"Mailing list expansion prohibited: the sender may not send to this mailing list.",
		"禁止展开邮件列表：发件人无权向该邮件列表发信。"},
	"7.3": {"Security conversion required but not possible: the message would need a security conversion that cannot be done.",
		"需要安全转换但无法完成：邮件需要进行安全方面的转换，但无法做到。"},
	"7.4": {"Security features not supported: the message uses security features the receiver does not support.",
		"安全功能不受支持：邮件用到了接收方不支持的安全功能。"},
	"7.5": {"Cryptographic failure: a system entitled to decrypt or verify the message could not, for example because key material is missing.",
		"加密处理失败：有权解密或验证邮件的系统未能完成处理，例如缺少密钥。"},
	"7.6": {"Cryptographic algorithm not supported: the message uses an algorithm the receiver does not support.",
		"加密算法不受支持：邮件使用了接收方不支持的算法。"},
	"7.7": {"Message integrity failure: the message was found altered or corrupted.",
		"邮件完整性校验失败：发现邮件已被改动或损坏。"},
	"7.8": {"Authentication credentials invalid: the SMTP AUTH user name or password is wrong (RFC 4954).",
		"认证凭据无效：SMTP 认证的用户名或密码不对（RFC 4954）。"},
	"7.9": {"Authentication mechanism is too weak: the server wants a stronger SMTP AUTH mechanism (RFC 4954).",
		"认证机制强度不够：服务器要求使用更强的 SMTP 认证机制（RFC 4954）。"},
	"7.10": {"Encryption needed: an encrypted (TLS) connection is required first, typically before a plain-text login (RFC 5248).",
		"需要加密：必须先建立加密（TLS）连接，通常是在明文登录之前（RFC 5248）。"},
	"7.11": {"Encryption required for requested authentication mechanism: that SMTP AUTH mechanism may only be used over an encrypted connection (RFC 4954).",
		"所请求的认证机制需要加密：该 SMTP 认证机制只能在加密连接上使用（RFC 4954）。"},
	"7.12": {"A password transition is needed: the user must set or change a password before authenticating this way (RFC 4954).",
		"需要转换密码：用户必须先设置或更改密码，才能以这种方式认证（RFC 4954）。"},
	"7.13": {"User account disabled: the account used to send or to authenticate is disabled (RFC 5248).",
		"用户账号已停用：用来发信或认证的账号已被停用（RFC 5248）。"},
	"7.14": {"Trust relationship required: the sending and receiving systems need a trust relationship that is not in place (RFC 5248).",
		"需要信任关系：收发双方系统之间缺少所需的信任关系（RFC 5248）。"},
	"7.15": {"Priority level is too low: the message's priority is too low for it to be accepted now (RFC 6710).",
		"优先级过低：邮件的优先级太低，目前不予接受（RFC 6710）。"},
	"7.16": {"Message is too big for the specified priority: at this priority the message is larger than allowed (RFC 6710).",
		"邮件相对于指定优先级过大：在该优先级下，邮件超过了允许的大小（RFC 6710）。"},
	"7.17": {"Mailbox owner has changed: the recipient mailbox belongs to someone else than when the sender last knew it (RFC 7293).",
		"信箱所有者已变更：该收件信箱已不属于发件方所知道的那个人（RFC 7293）。"},
	"7.18": {"Domain owner has changed: the recipient domain changed hands since the date the sender gave (RFC 7293).",
		"域名所有者已变更：自发件方给出的日期以来，收件域名已经易主（RFC 7293）。"},
	"7.19": {"RRVS test cannot be completed: the receiver cannot tell whether the mailbox changed owner since the given date (RFC 7293).",
		"无法完成 RRVS 检查：接收方无法判断信箱在给定日期之后是否易主（RFC 7293）。"},
	"7.20": {"No passing DKIM signature found: the receiver requires a valid DKIM signature and found none (RFC 7372).",
		"没有通过验证的 DKIM 签名：接收方要求有效的 DKIM 签名，但一个也没找到（RFC 7372）。"},
	"7.21": {"No acceptable DKIM signature found: there are valid DKIM signatures, but none meets the receiver's requirements (RFC 7372).",
		"没有可接受的 DKIM 签名：有有效的 DKIM 签名，但都不符合接收方的要求（RFC 7372）。"},
	"7.22": {"No valid author-matched DKIM signature found: no valid DKIM signature comes from the domain of the From address (RFC 7372).",
		"没有与作者域名相符的有效 DKIM 签名：没有一个有效签名来自 From 地址所在的域名（RFC 7372）。"},
	"7.23": {"SPF validation failed: the SPF record of the sender's domain does not allow the sending IP (RFC 7372).",
		"SPF 验证失败：发件域名的 SPF 记录不允许该发送 IP（RFC 7372）。"},
	"7.24": {"SPF validation error: SPF could not be evaluated, for example because of a DNS error or a broken SPF record (RFC 7372).",
		"SPF 验证出错：无法完成 SPF 检查，例如 DNS 出错或 SPF 记录有误（RFC 7372）。"},
	"7.25": {"Reverse DNS validation failed: the sending IP has no reverse (PTR) record, or it does not match (RFC 7372).",
		"反向 DNS 验证失败：发送 IP 没有反向解析（PTR）记录，或记录不相符（RFC 7372）。"},
	"7.26": {"Multiple authentication checks failed: several sender authentication checks (SPF, DKIM, DMARC …) failed together (RFC 7372).",
		"多项认证检查失败：多项发件人认证检查（SPF、DKIM、DMARC 等）同时没有通过（RFC 7372）。"},
	"7.27": {"Sender address has null MX: the sender's domain publishes a null MX record, so no reply or bounce could reach it (RFC 7505).",
		"发件地址的域名声明不收信（空 MX）：发件人域名发布了空 MX 记录，回信和退信都无法送达（RFC 7505）。"},
	"7.28": {"Mail flood detected: the receiver sees an unusual volume of mail from this sender or source.",
		"检测到邮件洪流：接收方发现来自该发件方或来源的邮件数量异常。"},
	"7.29": {"ARC validation failure: the message's Authenticated Received Chain did not validate (RFC 8617).",
		"ARC 验证失败：邮件的认证接收链（ARC）没有通过验证（RFC 8617）。"},
	"7.30": {"REQUIRETLS support required: the message demands TLS all the way (REQUIRETLS) and the next hop cannot promise it (RFC 8689).",
		"需要 REQUIRETLS 支持：邮件要求全程使用 TLS（REQUIRETLS），而下一跳无法保证（RFC 8689）。"},
}

// DescribeStatus tells what an enhanced status code (RFC 3463,
// class.subject.detail, e.g. "5.1.1") means. The class must be 2, 4 or 5;
// subject and detail are one to three digits without leading zeros. A
// detail that the IANA registry does not list (such as Microsoft's
// 5.7.606) gets a meaning built from its class and subject. ok is false
// only for a malformed code.
func DescribeStatus(code string) (Meaning, bool) {
	code = strings.TrimSpace(code)
	class, subject, detail, ok := splitStatus(code)
	if !ok {
		return Meaning{Code: code}, false
	}
	c := statusClasses[class]
	key := strconv.Itoa(subject) + "." + strconv.Itoa(detail)
	if d, ok := statusDetails[key]; ok {
		return Meaning{Code: code, EN: c.en + " " + d.en, ZH: c.zh + d.zh}, true
	}
	m := Meaning{Code: code}
	x := "X." + key
	if s, ok := statusSubjects[subject]; ok {
		m.EN = c.en + " Subject " + strconv.Itoa(subject) + " is " + s.en + ". The detail " + x +
			" is not in the IANA registry of enhanced status codes: it was defined by the software that sent it, so only the class and the subject are standard."
		m.ZH = c.zh + "主题 " + strconv.Itoa(subject) + " 属于" + s.zh + "。细节码 " + x +
			" 不在 IANA 增强状态码登记表中，是发送方软件自行定义的，只有类别和主题是标准含义。"
	} else {
		m.EN = c.en + " The subject " + strconv.Itoa(subject) + " is not defined by RFC 3463 or the IANA registry: only the class is standard."
		m.ZH = c.zh + "主题 " + strconv.Itoa(subject) + " 没有在 RFC 3463 或 IANA 登记表中定义，只有类别是标准含义。"
	}
	if v, ok := vendorNote(subject, detail); ok {
		m.EN += " " + v.en
		m.ZH += v.zh
	}
	return m, true
}

// vendorNote names the software known to use an unregistered detail.
func vendorNote(subject, detail int) (words, bool) {
	switch {
	case subject == 7 && detail >= 100:
		return words{
			"Microsoft Exchange and Exchange Online (Office 365) number many of their own policy and anti-abuse refusals this way (for example 5.7.133 or 5.7.606–5.7.649 for a blocked sending IP); the words after the code say which check failed.",
			"Microsoft Exchange 与 Exchange Online（Office 365）用这种编号表示自己的许多策略和反滥用拒绝（例如 5.7.133，或以 5.7.606–5.7.649 表示发送 IP 被封），代码后面的文字会说明是哪项检查没有通过。",
		}, true
	case subject == 4 && detail >= 100:
		return words{
			"Microsoft Exchange uses three-digit details under X.4 (such as 4.4.316 or 5.4.310) for its own DNS, connection and expiry results; the words after the code say more.",
			"Microsoft Exchange 在 X.4 下使用三位数的细节码（如 4.4.316、5.4.310）表示自己的 DNS、连接和超时结果，代码后面的文字会说明更多。",
		}, true
	}
	return words{}, false
}

// splitStatus parses class.subject.detail.
func splitStatus(code string) (class byte, subject, detail int, ok bool) {
	parts := strings.Split(code, ".")
	if len(parts) != 3 || len(parts[0]) != 1 {
		return 0, 0, 0, false
	}
	class = parts[0][0]
	if class != '2' && class != '4' && class != '5' {
		return 0, 0, 0, false
	}
	var ok1, ok2 bool
	subject, ok1 = number(parts[1])
	detail, ok2 = number(parts[2])
	return class, subject, detail, ok1 && ok2
}

// number reads one to three digits without a leading zero ("0" alone is
// fine).
func number(s string) (int, bool) {
	if len(s) < 1 || len(s) > 3 || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
