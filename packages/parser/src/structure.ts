import type { OutsideDocument, Paragraph, Point, Report, Section, Sentence } from '@shuzhi/types';
import { findPoints, looksTraditional, normalizeText, splitSentences } from '@shuzhi/text';
import { headingShape, matchNumbering, outlineAnswer, withoutClosingBold, type Numbered } from './headings.ts';
import type { Block, LoadedDocument } from './load/index.ts';
import { findMeta, findPlace, findYear } from './meta.ts';

interface Item {
  block: Block;
  ordinal: number;
  normalized: string;
}

/** What a block turned out to be once markup and numbering were read. */
type Classified =
  // `sibling`: a numbered paragraph too long to be a heading ("②我本人到乡镇武装部检查指导较少，……"): its style and number.
  | { type: 'paragraph'; item: Item; bodyFrom: number; sibling?: { key: string; value: number } }
  | { type: 'heading'; item: Item; key: string; markup: boolean; rank: number; numbering: string | null; heading: string; bodyFrom: number | null; value?: number };

type Heading = Extract<Classified, { type: 'heading' }>;

const TITLE_WORDS = /述职|报告|总结|汇报|发言|讲话|自评表/;
/** A form's line of fields, which names the reporter and the unit but is no title: "单位（盖章）：中共……工作委员会　述职人：……". */
const FORM_FIELDS = /^[^：:]{1,8}[：:][^：:]*\s[^：:\s]{1,8}[：:]/;

/**
 * An office system's head row of fields, cells apart, is no title: "文件类型 | 述职报告 | 密级 | 内部" (holdout947/04), "瀛浦区协同办公系统 |
 * 文种：述职报告 | 密级：无 | 导出时间：……" (holdout921/09).
 */
const OFFICE_FIELDS = /^(?=.*[|｜\t])(?=.*(文件类型|文档类别|文种|密级|紧急程度|拟稿单位|拟稿部门|拟稿人|流转状态|文号|签发人?|导出时间|打印时间)\s*[：:|｜\t])/;

/** A document title: short, unnumbered, unpunctuated, and named as a report. */
function titleLike(text: string): boolean {
  return text.length <= 60 && !matchNumbering(text) && !/[。；;，,：:]$/.test(text) && TITLE_WORDS.test(text) && !FORM_FIELDS.test(text) && !OFFICE_FIELDS.test(text);
}

const ASSISTANT_LEAD_IN = /^(好的|当然|以下是|下面是)[^。]{0,80}[：:]$/;

/** A portal's breadcrumb copied with the page ("首页 > 信息公开 > 述职报告"): it names the page, not the report. */
const PORTAL_PATH = /^(首页|网站首页|当前位置|您的位置|您现在的位置|你的位置)[：:\s]*[^。]{0,60}[>＞»›]/;

/** How far down a file its title may stand: lines above it are a 密级, a subtitle, an office system's head. */
const TITLE_LINES = 3;

function findTitle(items: Item[]): number {
  const marked = items.findIndex((it) => it.block.title);
  if (marked >= 0 && marked < TITLE_LINES) return marked;
  for (let i = 0; i < Math.min(TITLE_LINES, items.length); i++) {
    const it = items[i];
    if (PORTAL_PATH.test(it.normalized)) continue;
    if (it.block.heading === 1 && i === 0 && !matchNumbering(it.normalized)) return 0;
    if (titleLike(it.normalized)) return i;
    // A writing assistant's lead-in ("好的，以下是……述职报告，已按公文格式排版：") stands before the title it drafted.
    if (ASSISTANT_LEAD_IN.test(it.normalized)) continue;
    // Only short lines (a 密级, a subtitle, an author) may stand before a title.
    if (it.normalized.length > 30 || /[。；;]/.test(it.normalized)) break;
  }
  // (Or a drafter's note before the report's own title: "小陈：这个是我开车的时候语音录的，你帮我润色一下……。" then
  // "营坪乡党委书记2023年党管武装工作述职报告".)
  for (let i = 1; i < Math.min(TITLE_LINES, items.length); i++) if (reportTitle(items[i].normalized)) return i;
  return -1;
}

/** A 述职's own title: "双庙镇党委书记2023年度党管武装工作述职报告"; or its spoken form, "……述职访谈记录" (holdout951/09), "……述职发言". */
const REPORT_TITLE = /述职(报告|发言稿?|讲话稿?|访谈记录|访谈实录)?$/;
/**
 * Another document an office sends in one file with the report, told by its title. Each pattern names one kind; those that
 * could also be read as one of the report's own headings refuse a title naming the 述职 itself.
 */
const OTHER_DOCUMENT_TITLES: readonly RegExp[] = [
  // An office's paper: "关于做好2023年度党管武装工作述职的通知", "关于申请2023年度武装工作经费的请示", "临溪区人武部关于2026年度民兵整组工作
  // 情况的通报", the committee's rules on a mechanism "……关于建立党管武装工作考核激励机制的实施意见" (holdout742/12), its plan to put right
  // what the last 述职评议 found "关于2025年度党管武装工作述职评议反馈问题的整改方案" (holdout673/08), a notice "关于做好2021年度征兵工作的通告".
  /^([^，。；]{2,24})?关于.{4,50}的(通知|通告|公告|通报|决定|批复|请示|(实施)?意见|实施方案|(实施)?办法|(评议|反馈|点评|审查|审核|考评|测评)意见|整改(方案|清单|措施))$/,
  // An office's word back on a check of the place: "澄州市双拥工作领导小组办公室关于梓陵县省级双拥模范县复查情况的反馈" (holdout947/05), "关于
  // 桐溪区2024年度党管武装工作考评情况的反馈" (holdout915/07); not a heading of the report's own on its 述职, "关于……述职评议意见整改落实情况的反馈".
  /^(?!.*述职)([^，。；]{2,24})?关于.{4,50}的反馈$/,
  // A rating form.
  /(测评表|评议表|测评票|审查表|审批表)$/,
  // A speech: "在2025年全区征兵工作会议上的讲话".
  /^.{0,20}在.{2,40}(会|会议|大会|仪式|活动)上的(讲话|发言)(稿)?$/,
  // A year's summary: "澄南区人民武装部2022年工作总结".
  /(20\d\d|[二〇○零一三四五六七八九]{4})年度?.{0,12}工作总结$/,
  // A pledge: "柘川县2024年度党管武装工作目标责任书".
  /(目标)?责任书$|承诺书$/,
  // The armed department's own account to the committee: "芷城区人武部2019年工作情况汇报".
  /^(?!.*述职).{0,12}(人武部|武装部)[^，。；]{0,20}(工作)?(情况)?汇报$/,
  // A plan of work or a contingency plan, whole or in part: "江滨街道2023年民兵整组工作方案", "杉源乡2025年清明节烈士祭扫活动方案",
  // "沙柳滩乡2021年春季防凌工作预案（民兵部分）" (holdout684/09), "……行动方案（节选）".
  /^(?!.*述职).{2,30}(工作|实施|整组|训练|活动|应急|防汛|防凌|防火)(行动)?(方案|要点|预案)([（(]([^（）()]{1,8}部分|节选|摘要|摘录|试行|草案|征求意见稿|修订稿?)[）)])?$/,
  // A bulletin, its title spaced out as printed: "工 作 简 报".
  /^(?!.*述职).{0,20}简\s*报([（(](20[0-9]{2}年)?第?[0-9一二三四五六七八九十]{1,3}期?[）)])?$/,
  // A unit's plan for the next year, "石崮乡武装部2022年度民兵工作计划" (holdout734/09), not a heading of the report's own plans,
  // which names no unit.
  /^(?!.*述职)[^，。；]{0,16}(党委|党工委|人武部|武装部)[^，。；]{0,8}(20\d\d|[二〇○零一三四五六七八九]{4})年度?[^，。；]{0,14}工作计划$/,
  // A meeting's minutes, with any short note after them: "南门街道党工委书记专题会议纪要", "中共沙梁区委常委会会议纪要（第23次）",
  // "荇塘乡党委会议纪要（2022年第9次）" (holdout977/10), "……会议纪要〔2022〕9号".
  /^(?!.*述职).{2,30}会议纪要(\s*[（(〔【\[][^（）()〔〕【】\[\]]{1,16}[）)〕】\]]\s*([0-9一二三四五六七八九十]{1,3}号)?)?$/,
  // A news post: "【南塘发布】南塘街道举行2026年度民兵整组点验大会".
  /^【[^】]{1,10}(发布|新闻|快讯|动态|资讯|融媒|头条)】/,
  // A letter: "致全街道退役军人和军人军属的慰问信", "致全县适龄青年的征兵倡议书".
  /^(?!.*述职).{0,40}(慰问信|感谢信|公开信|倡议书|喜报|致[^，。；]{2,30}的(一封)?信)$/,
  // The predecessor's handover list: "杉溪镇武装工作移交清单".
  /^(?!.*述职).{2,30}(移交|交接)(清单|单|表)$/,
  // An agreement with a neighbour unit: "城关街道与北岗国有林场森林防火民兵联防协议" (holdout649/12).
  /^(?!.*述职).{2,40}(协议|协议书|合作协议|备忘录)$/,
  // A model's write-up: "临渡街道民兵张海峰同志见义勇为事迹材料" (holdout817/12); an office's account of its practice sent to others,
  // "澄湖街道拥军优属工作经验交流材料" (holdout837/12).
  /^(?!.*述职).{2,40}(事迹材料|事迹简介|典型材料|经验(交流)?材料|交流(发言)?材料)$/,
  // The armed department's or an office's report on its own work; an office's account of the money, its sender on the line above:
  // "溪北区财政局" ‖ "关于2026年度武装工作经费预算执行情况的报告" (holdout861/08). (Not the report's own subtitle, "关于2024年度履行党管
  // 武装第一责任人职责情况的报告".)
  /^(?!.*述职)[^，。；]{0,16}(人武部|武装部|人民武装部|局|办|办公室|中心)关于.{2,40}(情况|工作)的报告$/,
  // (Or the armed department's, named inside: "关于东城、西城街道武装部组建情况的报告", holdout851/12.)
  /^(?!.*述职)关于.{2,40}((预算|决算|经费|资金)[^，。；]{0,12}(执行|使用|拨付|管理)?|(人武部|武装部)[^，。；]{0,8}(组建|建设|调整|改革|运行))情况的报告$/,
  // The rules of the 述职 themselves: "党委（党组）书记抓武装工作述职评议主要内容" (holdout665/08).
  /^(?![【\[]|.*(述职报告|见))[^，。；]{0,40}述职(评议)?(主要内容|(实施)?办法|细则|评分(标准|细则)|要求|提纲)$/,
];
const isOtherDocumentTitle = (title: string): boolean => OTHER_DOCUMENT_TITLES.some((pattern) => pattern.test(title));
/** A line opening on an item's number, as a list of attachments continues. */
const LIST_ITEM_START = /^\s*[（(]?[0-9一二三四五六七八九十]{1,2}[）)]?[.、．]/;
/**
 * The cover letter that sends the report up, before its own title: "关于报送石湍镇党委书记2024年度党管武装工作述职报告的报告",
 * "中共杉坪乡委员会关于报送党委书记2026年度……述职报告的报告".
 */
const COVER_LETTER = /^([^，。；]{2,24})?关于(报送|呈报|上报|呈送|提交|转报).{4,60}述职(报告)?的(报告|请示|函)$/;
/** A line that can be a document's title: one run of words, no clause, no cells, no list mark. */
const DOCUMENT_LINE = /^(?![-*>•·])[^，。；,;：:\t|｜]+$/;
const reportTitle = (text: string) => titleLike(text) && DOCUMENT_LINE.test(text) && REPORT_TITLE.test(text);

/**
 * Where the report stands in a file that holds other documents too: a notice or a rating form before it ("关于做好2023年度
 * 党管武装工作述职的通知" … "双庙镇党委书记2023年度党管武装工作述职报告"), and after it another year's or another place's report,
 * the 人武部's summary or a speech. Its title and the end of its body; what stands outside is neither title nor body, as the
 * lines above a title are not.
 */
function findReport(items: Item[]): { titleAt: number; end: number; outside: Item[] } {
  let titleAt = findTitle(items);
  // (A notice first, its head above its title or not, "柘塘县委督查室" ‖ "督 查 通 报" ‖ "（第7期）" ‖ "关于……督查情况的通报", "……验收情况的
  // 通报（节选）", with the report's own title after it, holdout891/09, 903/10: the notice is another document, as if its title came first.
  // The head may be an office system's line of fields, "汇江县委办公室 收文阅办单 | 收文编号：…… | 密级：无", holdout902/11.)
  if (titleAt < 0) {
    const notice = items.findIndex((it, k) => k < 6 && isOtherDocumentTitle(bareTitle(it.normalized)) && items.slice(0, k).every((head) => head.normalized.length <= 80 && !/[。；;]/.test(head.normalized)));
    if (notice >= 0 && items.some((it, k) => k > notice && reportTitle(it.normalized))) titleAt = notice;
  }
  const outside: Item[] = [];
  // (A cover letter only sends this report: no other document, as the lines above a title are none.)
  const cover = titleAt >= 0 && COVER_LETTER.test(items[titleAt].normalized);
  // (Nor does a website's heading of the sample the report was adapted from, kept above the reporter's own title: "【范文】乡镇党委
  // 书记党管武装工作述职报告", "发布时间：……", "芦湾镇党委书记2019年党管武装工作述职报告".)
  const sample = titleAt >= 0 && SAMPLE_LABEL.test(items[titleAt].normalized);
  if (titleAt >= 0 && (cover || sample || isOtherDocumentTitle(bareTitle(items[titleAt].normalized)))) {
    const report = items.findIndex((it, k) => k > titleAt && (!sample || k <= titleAt + 4) && reportTitle(it.normalized));
    if (report > 0) {
      if (!cover && !sample) outside.push(items[titleAt]);
      titleAt = report;
    }
  }
  const title = titleAt >= 0 ? items[titleAt].normalized : null;
  const year = findYear(title, []);
  const place = findPlace(title);
  const post = postOf(title);
  const another = (k: number): boolean => {
    const text = items[k].normalized;
    // (Appended under a label, or in excerpt: "附：军分区司令员在云阁区党管武装工作会议上的讲话（摘要）"; or after a label's line.)
    const named = bareTitle(text);
    // (Bold marks alone are no label: "**二、主要工作**".)
    const appended = named !== unbold(text) || (k > 0 && APPENDIX_LINE.test(items[k - 1].normalized));
    // (Minutes may be titled short: "党委会议纪要"; so may a bulletin, "工 作 简 报", holdout757/12; and a letter appended, "附：" ‖
    // "感谢信", holdout737/10.)
    const letter = appended && SHORT_LETTER.test(named);
    const otherYear = () => {
      const itsYear = findYear(named, []);
      return year !== null && itsYear !== null && itsYear !== year;
    };
    if (text === title || (text.length < 8 && !/^(.{2,6}会议纪要|.{0,4}简\s*报)$/.test(text) && !letter) || text.length > 60 || matchNumbering(text)) return false;
    // (A website's next sample after the one adapted: "【范文二】乡镇党委书记党管武装工作述职报告".)
    if (SAMPLE_LABEL.test(text)) return true;
    // (Or a scheme of rules or a plan appended, under its label or after a label's line: "附：澜平军分区党管武装工作考评细则（县级第一书记部分）",
    // "附件" ‖ "岚口乡武装工作考核细则"; holdout705/06, 701/10. Only so: the body may head a point with a scheme's name. Not a list of
    // attachments left out, "附件：1. 鹰台区2026年党管武装工作考核细则" ‖ "2. 专武干部花名册", holdout304/11, whatever kind the first
    // names: "附件：1.榆塘镇2021年党委议军会议纪要", holdout835/04.)
    const rules = RULES_DOCUMENT.test(named) || PLAN_DOCUMENT.test(named);
    // (A numbered line is such a list when the next line is numbered too or nothing follows; else the document itself follows it.)
    // ("2.2021年武装工作经费使用明细" is an item, though it reads as a decimal.)
    const leftOut = matchNumbering(named) && (k + 1 === items.length || LIST_ITEM_START.test(items[k + 1].normalized));
    if (appended && !leftOut && DOCUMENT_LINE.test(named) && (isOtherDocumentTitle(named) || rules || APPENDED_ACCOUNT.test(named) || APPENDED_PAPER.test(named))) return true;
    // (Or an account under its sender's line, as an office prints it: "中共墨溪县委" ‖ "关于2019年度……反馈问题整改情况的报告", holdout714/12.)
    if (k > 0 && SENDER_LINE.test(items[k - 1].normalized) && DOCUMENT_LINE.test(named) && (APPENDED_ACCOUNT.test(named) || APPENDED_PAPER.test(named))) return true;
    // (Or an earlier year's report appended for reference: "附：2021年度述职报告（供参考）" in a 2022 report, holdout819/12.)
    if (appended && titleLike(named) && REPORT_TITLE.test(named) && otherYear()) return true;
    if (!DOCUMENT_LINE.test(text) || /^[（(]?附/.test(text) || QUOTE_SOURCE.test(text)) return false;
    // (A notice's title holds none of a report's words: "关于印发《云渡区2022年党管武装工作要点》的通知"; a draft's note after it,
    // "……关于建立党管武装工作考核激励机制的实施意见（征求意见稿）", holdout742/12.)
    if (isOtherDocumentTitle(named)) return true;
    if (!titleLike(named) || !REPORT_TITLE.test(named)) return false;
    const [itsPlace, itsPost] = [findPlace(named), postOf(named)];
    // (Another year's, another place's, or another post's: the deputy's report pasted after the secretary's, "柘坪县委副书记2019年度分管
    // 武装工作述职报告" after "柘坪县委书记2019年度……".)
    return (
      otherYear() ||
      (place !== null && itsPlace !== null && itsPlace !== place) ||
      otherPost(post, itsPost)
    );
  };
  const end = items.findIndex((_, k) => k > titleAt + 1 && another(k));
  if (end > 0) outside.push(items[end]);
  return { titleAt, end: end > 0 ? end : items.length, outside };
}

/**
 * The post a report's title names first, with its committee when it names one: 县委书记 in "柘坪县委书记……", 县委副书记 in
 * "柘坪县委副书记……", 乡镇党委书记 in "乡镇党委书记党管武装工作述职报告". Two posts differ when the posts do, or the committees both name.
 */
const TITLE_POST = /([县市区旗州]委|(?:乡镇|乡|镇|街道)?党(?:工)?委)?(第一书记|副书记|书记|县长|市长|区长|镇长|乡长|主任|部长|政委)/;
const postOf = (title: string | null): { committee: string | undefined; post: string } | null => {
  const m = title ? TITLE_POST.exec(title) : null;
  return m ? { committee: m[1], post: m[2] } : null;
};
const otherPost = (a: ReturnType<typeof postOf>, b: ReturnType<typeof postOf>): boolean =>
  a !== null && b !== null && (a.post !== b.post || (a.committee !== undefined && b.committee !== undefined && a.committee !== b.committee));
/** An appendix's label before a document's title, and an excerpt's mark after it (see findReport's `another`). */
const APPENDED = /^[（(]?附(件|录)?[一二三四五六七八九十\d]*[）)]?[：:]\s*/;
/** A note after a title on what the copy is: "（摘要）", "（节选）", a draft's "（送审稿）" (holdout658/07), a speech's "（提纲）" (holdout807/07); or the sample it is, "青岚县委书记2018年度……述职报告（参考）" (holdout645/12), "……经验材料（供学习参考）" (holdout989/12). */
const EXCERPT = /\s*[（(](摘要|节选|摘录|摘编|有删节|参考|供参考|供学习参考|学习参考|供学习借鉴|参考稿|范文|样稿|模板|送审稿|征求意见稿|讨论稿|初稿|代拟稿|提纲|存档|备查|留存|底稿)([，,、][^（）()]{1,16})?[）)]$/;
/** An appendix's label as a line of its own: "附件", "附件1：", "附：". */
const APPENDIX_LINE = /^[（(]?附(件|录)?[一二三四五六七八九十\d]*[）)]?[：:]?$/;
/** A letter titled by its kind alone: "感谢信", "慰问信". */
const SHORT_LETTER = /^(感谢信|慰问信|表扬信|公开信|倡议书|喜报)$/;
/**
 * A title campaign's self-check or a check office's bulletin, another office's paper told only after an appendix's label or under its
 * sender's line (in the body such a line is a heading): "栎桥镇双拥模范镇创建工作自评情况" (holdout947/10; not the report's own 自评表),
 * "附：县委督查室督查通报（摘录）" (holdout949/11); or the treasury's note on the money, an account or its sender named: "附件：" ‖ "蔺坪县2026年
 * 政法、武装和双拥经费执行情况说明（县财政局）" (holdout983/10), "……经费拨付情况表（县财政局）" (not the report's own table of it,
 * "附件：2024年度桐沙县武装工作经费保障情况", holdout288/01).
 */
const APPENDED_PAPER =
  /^(?!.*述职).{2,40}创建工作?(自评|自查)(情况|报告|表)$|^(?!.*述职).{0,20}(督查|督办|巡察|巡查|检查)(情况)?通报$|^(?!.*述职).{2,40}(经费|资金|预算)[^，。；]{0,12}(执行|使用|拨付|落实|保障)情况(的)?((说明|报告|通报)([（(][^（）()]{1,12}[）)])?|表?[（(][^（）()]{0,8}(局|办|办公室|中心|委)[）)])$/;
/** A scheme of rules by its title: "……考核细则", "……考评办法（试行）", "……评分标准（县级第一书记部分）". */
const RULES_DOCUMENT = /(考评|考核|评分|评价|奖惩|激励)(实施)?(细则|办法|标准|规定)([（(][^（）()]{1,12}[）)])?$/;
/** A plan appended by its kind, whatever it plans: "附：" ‖ "砖桥街道民兵应急分队处置突发事件预案" (holdout769/11). */
const PLAN_DOCUMENT = /(预案|方案|活动安排|活动计划)([（(][^（）()]{1,12}[）)])?$/;
/**
 * Bold marks, as Markdown writes a label, around a line or a part of it: "**附件：……活动安排**" (holdout897/08), "**格桑区民兵整组工作
 * 简报**（2022年第3期）" (holdout920/04).
 */
const BOLD = /(\*\*|__)(.+?)\1/g;
const unbold = (text: string) => text.replace(BOLD, '$2').trim();
/** A document's title without bold marks around it, an appendix's label before it or a note on the copy after it. */
const bareTitle = (title: string) => unbold(title).replace(APPENDED, '').replace(EXCERPT, '');
/** A sender's line alone above a document's title: "中共墨溪县委", "溪北区财政局". */
const SENDER_LINE = /^(中共)?[^，。；：:\s]{2,16}(委|委员会|政府|办公室|局|人武部|武装部)$/;
/**
 * Any account "on the situation of" something, or a task's short summary, appended after the report under a label: "共青团白鹭县委关于
 * ……宣传活动情况的报告", "芦湾镇党委关于……督查反馈问题整改情况的报告", "花园乡2022年征兵工作小结" (holdout897/05, 891/10, 894/10). (Not a
 * line of the body, which may head a part so: "松岙镇党委关于……整改情况的报告" under "二、上年度述职评议反馈问题整改".)
 */
const APPENDED_ACCOUNT = /关于.{2,60}(情况|工作)的(报告|汇报)$|(20\d\d|[二〇○零一三四五六七八九]{4})年度?.{0,12}工作小结$/;
/** Where a quotation comes from, under it: "——摘自区委书记在2024年全区党管武装工作会议上的讲话" names a speech, and is no speech itself. */
const QUOTE_SOURCE = /^[—\-－─~～]{1,3}|^[（(]?(摘自|引自|选自|出自|源自|转引自)/;
/** A website's sample report by its label: "【范文二】", "范文3：". */
const SAMPLE_LABEL = /^[【\[]?\s*(范文|例文|样文|参考范文)[一二三四五六七八九十\d]*\s*[】\]：:]/;

/** "附件：……", "附表1 ……", "附：主要数据": an appendix opens a top-level section of its own after the body. */
const APPENDIX = /^(附件|附表|附录|附(?=[：:]))[一二三四五六七八九十\d]*(?:[：:]|\s+|$)/;

/**
 * A question of a Q&A layout or of an interview's record, bold or not, its asker before or after 问: "问：到人武部办公几次？",
 * "**问三：议军几次？定了什么？**", "考核组问：请谈谈经费保障情况。", "问一（单国栋）：……", "**问1（军分区政治工作处）：** 请谈谈……".
 */
const QUESTION = /^(\*\*|__)?\s*([^，。；：:“”\s]{1,12}?)?追?问[一二三四五六七八九十\d]{0,3}([（(][^（）()]{1,16}[）)])?(\*\*|__)?[：:](\*\*|__)?\s*[^；]{1,80}?[？?。](\*\*|__)?$/;
/** …and its answer on the next line: "答：……", "**答：**……", "谢永涛同志答：“……”". */
const ANSWER = /^(\*\*|__)?\s*([^，。；：:“”\s]{1,12}?)?回?答(\*\*|__)?[：:]/;
/** A line wholly in brackets: "【一、“四个一”落实情况】". */
const BRACKETED = /^\s*[【\[]\s*([^【】\[\]]{2,40}?)\s*[】\]]\s*$/;
const BRACKETED_WORDS = /^[^：:，,。；;？?！!]{2,20}$/;
const BRACKETED_NOT_HEADING = /^(待|此处|请|略|空白|第\s*\d+\s*页|TODO)|(补充|填写|填报|完善)$/;

function classify(items: Item[]): Classified[] {
  const aliases = new Map<string, string>();
  return items.map((item, k) => {
    const { block, normalized } = item;
    if (APPENDIX.test(normalized) && normalized.length <= 60 && block.origin !== 'table') {
      return { type: 'heading', item, key: 'appendix', markup: true, rank: 0, numbering: null, heading: trimHeading(block.text), bodyFrom: null };
    }
    // The question heads its answer as a heading would ("问：经费多少？" then "答：县本级206万元"), below whatever holds both.
    if (QUESTION.test(normalized) && ANSWER.test(items[k + 1]?.normalized ?? '')) {
      return { type: 'heading', item, key: 'question', markup: false, rank: 9, numbering: null, heading: trimHeading(block.text.replace(/\*\*|__/g, '')), bodyFrom: null };
    }
    // A numbered heading set in brackets on a line of its own, as forms set them: "【三、经费保障】".
    const bracketed = block.heading || block.origin === 'table' ? null : BRACKETED.exec(normalized);
    const inner = bracketed ? matchNumbering(bracketed[1]) : null;
    if (bracketed && inner) {
      const heading = trimHeading(BRACKETED.exec(block.text)?.[1].slice(inner.length) ?? bracketed[1].slice(inner.length));
      return { type: 'heading', item, key: aliases.get(inner.style) ?? inner.style, markup: false, rank: inner.rank, numbering: inner.label, heading, bodyFrom: null, value: inner.value };
    }
    // …or a heading in words alone, "【关于国防教育和双拥】", "【存在的不足】" (not a blank left to fill, "【待补充】", a request, a
    // page mark or an office's comment: those hold a colon, or the words of a form).
    if (bracketed && BRACKETED_WORDS.test(bracketed[1]) && !BRACKETED_NOT_HEADING.test(bracketed[1])) {
      return { type: 'heading', item, key: 'bracketed', markup: false, rank: 1, numbering: null, heading: trimHeading(BRACKETED.exec(block.text)?.[1] ?? bracketed[1]), bodyFrom: null };
    }
    const numbered = matchNumbering(normalized);
    if (block.heading) {
      const key = `h${block.heading}`;
      if (numbered) aliases.set(numbered.style, key);
      const heading = trimHeading(block.text.slice(numbered?.length ?? 0));
      return { type: 'heading', item, key, markup: true, rank: block.heading, numbering: numbered?.label ?? null, heading, bodyFrom: null };
    }
    if (!numbered || block.origin === 'table') return { type: 'paragraph', item, bodyFrom: 0 };
    return classifyNumbered(item, numbered, aliases.get(numbered.style));
  });
}

function classifyNumbered(item: Item, numbered: Numbered, alias: string | undefined): Classified {
  const shape = headingShape(item.normalized.slice(numbered.length), numbered);
  if (shape.shape === 'none') return { type: 'paragraph', item, bodyFrom: 0, sibling: { key: alias ?? numbered.style, value: numbered.value } };
  const original = item.block.text;
  const heading =
    shape.shape === 'line'
      ? trimHeading(original.slice(numbered.length))
      : trimHeading(original.slice(numbered.length, numbered.length + shape.heading.length));
  const bodyFrom = shape.shape === 'run-in' ? numbered.length + shape.bodyStart : null;
  const key = alias ?? numbered.style;
  const rank = alias ? Number(alias.slice(1)) : numbered.rank;
  return { type: 'heading', item, key, markup: Boolean(alias), rank, numbering: numbered.label, heading, bodyFrom, value: numbered.value };
}

/** A heading without edge spaces and end punctuation, and without Markdown's bold markers ("**征兵。**"). */
function trimHeading(text: string): string {
  return text.replace(/^[\s\u3000*]+|[\s\u3000。．.：:；;，,*]+$/g, '');
}

/** Leading spaces and a bold closer: any closer when the heading opened one, else only one a space follows. */
const BOLD_CLOSER = /^[\s\u3000]*(?:\*\*|__)?[\s\u3000]*/;
const SPACED_BOLD_CLOSER = /^[\s\u3000]*(?:(?:\*\*|__)(?=[\s\u3000]))?[\s\u3000]*/;

function makeParagraph(item: Item, from: number): Paragraph {
  const { block } = item;
  const text = block.text.slice(from);
  // After a run-in heading typed in bold ("1. **征兵。** 依托……", "1. **征兵。**依托……"), the closing markers belong to the heading.
  const closer = /\*\*|__/.test(block.text.slice(0, from)) ? BOLD_CLOSER : SPACED_BOLD_CLOSER;
  const lead = from > 0 ? (closer.exec(text)?.[0].length ?? 0) : text.length - text.trimStart().length;
  const start = block.start + from + lead;
  const body = text.slice(lead);
  return {
    index: item.ordinal,
    text: body,
    normalized: item.normalized.slice(from + lead),
    start,
    end: start + body.length,
    line: block.line,
    sentences: splitSentences(body, start),
    points: [],
    ...(block.origin ? { origin: block.origin } : {}),
  };
}

interface Open {
  key: string;
  markup: boolean;
  rank: number;
  /** The number of its label (0 when none). */
  value: number;
  section: Section;
}

/**
 * Nests headings by the order in which the document uses its styles: a style
 * already open closes everything below it; a markup heading closes markup
 * headings as deep or deeper; a numbering style closes the deeper numbering
 * styles (by the official order) and otherwise opens one level down.
 */
function buildTree(classified: Classified[]): Section[] {
  const top: Section[] = [];
  const stack: Open[] = [];
  let preamble: Section | null = null;
  const current = (): Section => {
    if (stack.length) return stack[stack.length - 1].section;
    if (!preamble) {
      preamble = { heading: null, numbering: null, level: 1, kind: 'preamble', paragraphs: [], children: [] };
      top.push(preamble);
    }
    return preamble;
  };
  for (const item of classified) {
    let c: Heading;
    if (item.type === 'paragraph') {
      // The next item after a run-in heading ("①武装工作经费保障不够充足。……" then "②我本人……较少，……") is its sibling, not its text.
      const sibling = item.sibling;
      const previous = sibling && sibling.value > 1 ? stack.findIndex((e) => e.key === sibling.key && e.value === sibling.value - 1) : -1;
      const promoted = previous >= 0 ? siblingHeading(item.item, stack[previous]) : null;
      if (!promoted) {
        if (previous >= 0) stack.length = previous;
        current().paragraphs.push(makeParagraph(item.item, item.bodyFrom));
        continue;
      }
      c = promoted;
    } else c = item;
    const same = stack.findIndex((e) => e.key === c.key);
    if (same >= 0) stack.length = same;
    else if (c.markup) while (stack.length && (!stack[stack.length - 1].markup || stack[stack.length - 1].rank >= c.rank)) stack.pop();
    else while (stack.length && !stack[stack.length - 1].markup && stack[stack.length - 1].rank > c.rank) stack.pop();
    const section: Section = {
      heading: c.heading,
      numbering: c.numbering,
      level: stack.length + 1,
      kind: 'heading',
      headingParagraph: c.item.ordinal,
      headingLine: c.item.block.line,
      headingStart: c.item.block.start,
      paragraphs: [],
      children: [],
    };
    (stack.length ? stack[stack.length - 1].section.children : top).push(section);
    stack.push({ key: c.key, markup: c.markup, rank: c.rank, value: c.value ?? 0, section });
    if (c.bodyFrom !== null) section.paragraphs.push(makeParagraph(c.item, c.bodyFrom));
  }
  return top;
}

/**
 * A numbered paragraph whose previous sibling of the same style heads a section of the top levels (一、 or （一）) is a heading
 * too, its first sentence the heading, however that sentence reads: "二、抓征兵，三年共输送新兵25名。2022年送兵8名……" between
 * "一、抓议军，……。" and "三、抓民兵，……。", "十、2027年打算。一是……" after "九、存在的不足". (Its figures or a year kept it a
 * paragraph, which then fell out of its list to the opening.) Not a list's item, whose siblings are points of one section.
 */
function siblingHeading(item: Item, previous: Open): Heading | null {
  if (previous.markup || previous.rank > 2) return null;
  const numbered = matchNumbering(item.normalized);
  if (!numbered) return null;
  const sentences = splitSentences(item.normalized.slice(numbered.length));
  const first = sentences[0];
  if (!first) return null;
  const firstText = withoutClosingBold(first.text);
  if (/[；;，,]$/.test(firstText)) return null;
  const bare = firstText.replace(/[。．.：:\s]+$/, '');
  if (bare.length === 0 || bare.length > 30) return null;
  // (An outline's question answered after its colon heads the answer: "四、征兵任务完成情况：完成县下达任务，送兵6名。")
  const answered = sentences.length === 1 ? outlineAnswer(bare) : null;
  const heading = trimHeading(item.block.text.slice(numbered.length, numbered.length + (answered ? answered.question.length : first.text.length)));
  const bodyFrom = answered ? numbered.length + first.start + answered.answerAt : sentences.length > 1 ? numbered.length + sentences[1].start : null;
  return { type: 'heading', item, key: previous.key, markup: false, rank: previous.rank, numbering: numbered.label, heading, bodyFrom, value: numbered.value };
}

/** A section already about shortcomings or plans keeps all its paragraphs. */
// (Also spoken: "三、毛病", "四、没做好的", "五、明年咋干".)
const SUMMARY_HEADING = /不足|问题|差距|短板|毛病|没(做|干|抓)好|打算|计划|思路|方向|下一步|下步|今后|努力|展望|设想|明年|(咋|怎么|如何)(干|办|弄|搞|抓)(?!的)/;
const CLOSING_OPENERS = [
  /^(总之|总的来看|总体来看|总体而言|综上|回顾.{0,12}(工作|一年|以来)|在.{0,25}(岗位|任上|职位)上|(在)?(肯定|看到)成绩的同时)/,
  /^(今后|下一步|下步|新的一年|明年|来年|展望|未来|接下来|[0-9]{4}年[，,]?(我|我们)将)/,
  /(存在|还有|仍有|仍然存在|还存在|也存在|也有|主要表现|坦率地讲|客观地说|当然|但是|但).{0,40}(不足|差距|短板|薄弱|不够|有待)/,
  /^(以上(述职|报告)|请.{0,8}(审议|评议|批评指正))/,
  // (Or the hardships owned at the end of a sentence: "三年来，由于我镇地处山区，……，武装工作还存在一些困难。")
  /(还|仍|也)(存在|有)[^，。；]{0,8}(困难|问题)[。：:]?$/,
];

/**
 * Unheaded paragraphs after the last section that turn to a summary, the
 * shortcomings, the plans or the sign-off form the implicit closing part
 * (the seed's last two paragraphs). The first paragraph after a heading
 * always stays with it.
 */
function splitClosing(top: Section[]): void {
  // The closing part ends the body; appendices come after it.
  let at = top.length;
  while (at > 0 && top[at - 1].kind === 'heading' && APPENDIX.test(top[at - 1].heading ?? '')) at--;
  let last = top[at - 1];
  if (!last) return;
  while (last.children.length) {
    if (last.kind === 'heading' && SUMMARY_HEADING.test(last.heading ?? '')) return;
    last = last.children[last.children.length - 1];
  }
  if (last.kind === 'heading' && SUMMARY_HEADING.test(normalizeText(last.heading ?? ''))) return;
  const from = last.paragraphs.findIndex((p, k) => k > 0 && CLOSING_OPENERS.some((re) => re.test(firstSentence(p))));
  if (from < 0) return;
  const paragraphs = last.paragraphs.splice(from);
  top.splice(at, 0, { heading: null, numbering: null, level: 1, kind: 'closing', paragraphs, children: [] });
}

function firstSentence(p: Paragraph): string {
  const s = p.sentences[0];
  return s ? p.normalized.slice(s.start - p.start, s.end - p.start) : p.normalized;
}

function assignPoints(sections: Section[]): void {
  for (const section of sections) {
    findPoints(section.paragraphs.map((p) => ({ text: p.text, start: p.start }))).forEach((points, k) => {
      const paragraph = section.paragraphs[k];
      paragraph.points = points;
      if (points.length) paragraph.sentences = splitAtPoints(paragraph, points);
    });
    assignPoints(section.children);
  }
}

/** What a point's label follows when the points run on in one sentence ("……，二是抓好民兵建设，……，三是……"). */
const RUN_ON_BEFORE = /[，,、]/;
const RUN_ON_TURN = /[，,](?=不足的是|不足之处|存在的(?:问题|不足)|下一步|下步|今后|明年)/g;

/**
 * Points told in one run-on sentence, parted by commas, are each a sentence: a point's claim ("四是建立了考评激励机制")
 * is then read with its own figures, not with those of the other points around it. A chain's first point stays with
 * the lead-in before it ("明年，一是……"), as when points are parted by semicolons: it tells what the points are.
 */
function splitAtPoints(paragraph: Paragraph, points: Point[]): Sentence[] {
  const cuts = points
    .filter((p) => p.label !== '一是' && RUN_ON_BEFORE.test(paragraph.text[p.start - paragraph.start - 1] ?? ''))
    .map((p) => p.start);
  if (!cuts.length) return paragraph.sentences;
  // The same run-on sentence goes on to the faults and the plans ("……，不足的是，……，下一步，我将……"): parted there too.
  for (const m of paragraph.normalized.matchAll(RUN_ON_TURN)) cuts.push(paragraph.start + m.index + 1);
  cuts.sort((a, b) => a - b);
  const out: Sentence[] = [];
  for (const s of paragraph.sentences) {
    let from = s.start;
    for (const at of cuts) {
      if (at <= from || at >= s.end) continue;
      out.push(sentenceAt(paragraph, from, at));
      from = at;
    }
    out.push(from === s.start ? s : sentenceAt(paragraph, from, s.end));
  }
  return out;
}

function sentenceAt(paragraph: Paragraph, start: number, end: number): Sentence {
  const text = paragraph.text.slice(start - paragraph.start, end - paragraph.start);
  const trimmed = text.trimEnd();
  return { text: trimmed, start, end: start + trimmed.length };
}

/**
 * The title the report's place and level are read from: a title that names no place takes the reporter's post from the line
 * above it, where a two-line title sets it: "中共丹坝市委书记、市人武部党委第一书记" ‖ "2022年度党管武装工作述职报告" (holdout790/01),
 * or else from the byline under it: "2024年度党管武装工作述职报告" ‖ "中共岚北县委书记、县人武部党委第一书记" (holdout996/01).
 */
function metaTitle(items: Item[], titleAt: number): string {
  const title = items[titleAt].normalized;
  if (findPlace(title) !== null) return title;
  const post = [items[titleAt - 1]?.normalized, items[titleAt + 1]?.normalized].find(
    // (Not a subtitle naming the meeting's chair: "——在钟州市委书记主持的党管武装述职评议会上".)
    (line) => line !== undefined && line.length <= 40 && !/[。；;，,：:]|^[\s—–-]*在|主持|会上/.test(line) && TITLE_POST.test(line) && findPlace(line) !== null,
  );
  return post === undefined ? title : `${post}${title}`;
}

/** An office system's row that labels the title, among the lines a title may stand on: "文件标题｜区委书记在2025年度……述职评议会上的述职发言" (holdout951/06). */
const TITLE_CELL = /^\s*[|｜]?\s*(?:文件|公文)?(?:标题|题名)\s*[|｜\t]\s*([^|｜\t]+?)\s*[|｜]?\s*$/;
const titleCell = (text: string): string => TITLE_CELL.exec(text)?.[1] ?? text;

export function buildReport(doc: LoadedDocument, file: string): Report {
  const items: Item[] = doc.blocks.map((block, k) => ({ block, ordinal: block.ordinal ?? k + 1, normalized: k < TITLE_LINES ? titleCell(normalizeText(block.text)) : normalizeText(block.text) }));
  const { titleAt, end, outside } = findReport(items);
  const title = titleAt >= 0 ? titleCell(items[titleAt].block.text) : null;
  // Lines above the title (密级, 编号) are neither title nor body.
  const body = items.slice(titleAt + 1, end);
  const sections = buildTree(classify(body));
  splitClosing(sections);
  assignPoints(sections);
  return {
    file,
    format: doc.format,
    encoding: doc.encoding,
    traditional: looksTraditional(doc.text),
    title,
    titleAt: titleAt >= 0 ? { paragraph: items[titleAt].ordinal, line: items[titleAt].block.line, start: items[titleAt].block.start } : null,
    meta: findMeta(titleAt >= 0 ? metaTitle(items, titleAt) : null, body.map((it) => it.normalized)),
    text: doc.text,
    sections,
    ...(outside.length ? { outside: outside.map((it): OutsideDocument => ({ title: it.block.text.trim(), place: items.indexOf(it) < titleAt ? 'before' : 'after', report: REPORT_TITLE.test(bareTitle(it.normalized)), paragraph: it.ordinal, line: it.block.line, start: it.block.start })) } : {}),
  };
}
