import type { AdminLevel, Cues, Section, SetAsideCause, Stance } from '@shuzhi/types';
import { chineseNumberValue, normalizeText } from '@shuzhi/text';
import { ABOVE_ORGAN, AROUND_OCCASION, OCCASION } from './cues.ts';
import { allMatches, quantityPattern, type Span } from './matchers/index.ts';
import { guardedTest } from './matchers/prefilter.ts';
import { cellSpans, cellsOf, CLAUSE_MARKS, headingText, labelOf, nextInParagraph, underHeading, type ReportView, type Unit } from './view.ts';

/**
 * Whose work a matched sentence is about, and in which tense. A rubric's
 * signal says which stance counts (the reporter's own work done, a plan, a
 * shortcoming); this decides the stance from the cues. Keywords alone are
 * not evidence: 经费 in "经费保障还不到位" is a shortcoming, 考核 in "明年将
 * 建立考核激励机制" is a plan, 四个一 in "副书记坚持四个一" is someone else's.
 */
export interface StanceJudge {
  accepts(stance: Stance, unit: Unit, spans: Span[]): boolean;
  /** False when `accepts` would refuse the sentence whatever matched in it (decided once per sentence, before any matching). */
  possible(stance: Stance, unit: Unit): boolean;
  future(unit: Unit): boolean;
  /** Shortcoming cues in the sentence (word-aligned, not vetoed, outside quoted speech). */
  shortcomings(unit: Unit): Span[];
  /** The words that give a sentence its stance (for signals without a matcher), or null. */
  cues(stance: Stance, unit: Unit): Span[] | null;
  /** For the reporter's own work, clauses stating a fault are not evidence: the engine blanks them before matching. */
  excluded(stance: Stance, unit: Unit): Span[];
  /** How plainly the sentence reports work (0–3): it names the reporter, gives a figure, says it is done. */
  plainness(unit: Unit): number;
  /**
   * In a township's or a street's report, the level above's standing committee opens the sentence and no clause of the reporter's
   * side follows ("县委常委会专题议军4次，为征兵工作提供了坚强保障"): the county's meetings written in, which shows the field named
   * but nothing of the town's own.
   */
  levelAbove(unit: Unit): boolean;
  /** Every sum the sentence names is one another sentence says is still unpaid, for the same item ("……48万元……至今尚未拨付"): named, not shown paid. */
  unpaidElsewhere(unit: Unit): boolean;
  /**
   * Why a sentence whose words name the work is not the reporter's work done, as the engine found it: not in that stance at all
   * (`stance`), its words in the clauses `excluded` blanks (`blanked`), or refused by `accepts` (`refused`), with the spans the
   * signal matched. Null when the cause is none a reviewer could be told (a heading, a table's header row, a filler).
   */
  whyNotDone(verdict: 'stance' | 'blanked' | 'refused', unit: Unit, spans: Span[]): SetAsideCause | null;
}

const CLAUSE_BREAK = new RegExp(`[${CLAUSE_MARKS}]`);
const CLAUSE_CODES = new Set([...CLAUSE_MARKS].map((c) => c.charCodeAt(0)));
const isClauseBreak = (text: string, k: number) => CLAUSE_CODES.has(text.charCodeAt(k));
/** Where the clause holding offset `at` of the text starts, and where it ends (at its mark, or the text's end). */
const clauseStartAt = (text: string, at: number) => {
  let k = at;
  while (k > 0 && !isClauseBreak(text, k - 1)) k--;
  return k;
};
const clauseEndAt = (text: string, at: number) => {
  let k = at;
  while (k < text.length && !isClauseBreak(text, k)) k++;
  return k;
};
// (Not the directive followed: "按照区委要求，从明年起我将……".)
const REPORTED_SPEECH = /(指出|强调|(?<!(按照|根据|依据|对照)[^，。；]{0,12})要求|讲话中?|说|提出|表示)[，,：:]/;
/** An early plan carried out in the sentence: "原定的每月一次到武装部现场办公，全年十二次全部按期完成". */
const PLANNED_EARLIER = /原定|(年初|原|原本|本来)(计划|打算|准备)/;
const FULFILLED = /(全部|均|都|已)(按期|如期)?(完成|落实|实现|兑现)/;
/** A plan put off until someone decides: "待市委全会召开后，再作具体研究部署", "正在讨论，等定下来后再向组织报告". */
const DEFERRED = /(待|等)[^。；]{0,24}(后|以后)[，,]?[^。；]{0,6}(再|另行)(作|行|研究|部署|安排|报告|谋划)|正在(讨论|研究|酝酿)|还需要[^，。；]{0,10}(思考|研究|讨论|酝酿)/;
/** Plans made at an earlier time: "去年述职时我提出的三项打算：", "2023年初我确定的打算是：". */
const PAST_PLANS = /^[^，。；]{0,6}(去年|上一?年度?|前年|(20\d\d)年初?)[^，。；]{0,16}(提出|确定|定下|制定)的[^，。；]{0,8}(打算|计划|目标|任务)/;
const LIST_ITEM = /^\s*(?:[①-⑳]|[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|[一二三四五六七八九十]+是|[-—•·])/;
/** A new point: numbered, or led by its topic ("专武干部方面，……", "在经费保障上，……"). */
const POINT_START = /^[一二三四五六七八九十]+是|^[（(]?[一二三四五六七八九十\d]+[）)、.]|^[^，。；]{2,10}方面[，,：:]|^在[^，。；]{2,10}上[，,：:]/;
/** A point's label standing as a sentence of its own: "六是武装部长。", "（三）专武干部。". */
const LABEL_SENTENCE = /^([一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]+[）)、.．])[^，。；：:]{1,8}[。：:]?\s*$/;
/** The colon before a paragraph's first point: "……做好以下工作：一是". */
const POINTS_OPENING = /[：:]\s*(?=一是|[（(]?[一1][）)、.．]|①|首先)/;
/** The report's own announcing formula, "现将2024年履职情况报告如下", "现以表格形式报告2024年……履职情况" (as in cues.notDoneHere, which blanks it as no work). */
const REPORT_FORMULA = /(现将|现就|特将|现把|下面将)[^，。；：:]{0,60}(报告|汇报|述职|说明|填报|报送)如下|现以[^，。；：:]{0,12}(形式|方式)(报告|汇报|述职|填报|报送)/;
/** A year opening the sentence (after a label) with the work done in it: "征兵：2023年完成94名", "民兵：2023年整组3月完成". */
const OWN_YEAR_DONE = /^[^，。；]{0,8}?(20\d\d)年(?!底前|前|内)[^。；]*(完成|实现|达到|了)/;
// "明确由分管武装工作的副书记负责……", "我交给了专职副书记王强同志负责": the work handed to someone else.
const ASSIGNED = /^[^，。；]{0,8}(由|委托|交给|交由)/;
// Of the self cues, those that name the reporter; 亲自 and 带头 keep whoever was named before.
const NAMES_REPORTER = /我|本人|自己/;
// "虽然年初明确了……的安排，但是……都没有落实".
const CONCESSIVE = /^[^，。；]{0,8}(虽然|尽管|虽)/;
/** What was given, taken back or never given ("后被调剂用于防汛", "未能安排"); PART_OF limits it to a part ("其中50万元未到位"). */
const TAKEN_BACK =
  /(?<!没有|没|未|不|杜绝|防止|严禁|避免)(被[^，。；]{0,6}(调剂|挪用|调走|截留|收回|核减|压减|砍掉|取消|统筹用于)|挪作他用|(全部|都)?(调剂|调去|挪去)(用于|给|修|建)?|(都|又|也|已|已经|后来)(取消|废止|作废|搁置))|(未能|没能|没有|没|未)(安排|拨付|列支|到位|兑现|落实到位|启动|着手)|(没有|没|未)(能)?来得及|来不及|空头支票|迟迟(不|未|没)|一(次|回)(都|也)(没|未|不)|没(有|能)?抽出(时间|空)|抽不出|暂缓|尚无回音|没有回音|没有下文/;
const PART_OF = /其中|部分|剩余|尚有|还有|另有/;
const SCORE = /[0-9.一二两三四五六七八九十]+分(?!钟|之)/;
/**
 * Money found by others, told after it: "……150万元，全部由人武部通过军队系统渠道解决", "乡财政困难，武装工作经费主要靠县人武部支持",
 * "乡财政比较困难，武装工作经费主要靠县里解决" (holdout754/09).
 */
const FUNDED_BY_OTHERS = /(全部|均|都|主要|只能)(由|依?靠)[^，。；]{0,10}(人武部|武装部|军队|部队|上级|省|中央|军分区|省军区|企业|社会|县里|区里|市里|旗里|州里)[^，。；]{0,12}(解决|承担|保障|负担|安排|筹集|捐|支持|拨付|下拨|补助)/;
/** The reporter's side's own share told after it: "……主要由县里拨付，镇里在能力范围内给予保障" (holdout461/02). */
const OWN_SHARE_AFTER = /^[^。；]*[，,]\s*[^，。；]{0,4}(镇里|乡里|街道|本级|我们|(镇|乡|街道|县|区|市|旗)(本级|级)?财政)[^，。；]{0,12}(给予|保障|安排|投入|配套|挤出|解决|补助)/;
/** Not a fault but the time ahead: "今后一个时期，……困难可能更多", "这些都需要在今后的工作中不断检验". */
const OUTLOOK = /^(今后|未来|展望|下一步|下一阶段)[^。；]*(可能|会|将)|^(这些|以上)[^。；]{0,6}在今后的?工作中[^。；]{0,8}检验/;
/** Awaiting a decision: "待县委常委会审定后印发", "尚未印发". */
const AWAITS = /待[^，。；]{0,12}(审定|审议|审批|批准|印发|通过)|尚未(印发|出台|审定|批复)/;
/** A body named by whose it is ("市财政", "县政府"): see otherActor. */
const OWNED_BODY = /^(财政|政府)/;
/** A bureau or office of a place, by its name: "县退役军人事务局", "区双拥办". */
const BUREAU = '([一-龥]{1,8}?局(?!长)|双拥办|征兵办|国动办|人防办)';
/**
 * …at a clause's start, a date before it at most: a match inside the name ("县退役军人事务局" at 退役军人) asks who acts after it.
 * (Or after the second of two: "县人社局、县退役军人事务局联合举办……".)
 */
const BUREAU_NAMED = new RegExp(`^[^，。；]{0,4}?((县|区|市|旗|州)${BUREAU}[、和与及])?(县|区|市|旗|州)${BUREAU}`);
/** …with a place's name, opening the clause (a time before it at most): "今年，楠州市退役军人事务局投入200万元". */
const PLACE_BUREAU = new RegExp(`^\\s*(?:[0-9一二三四五六七八九十]{1,2}月份?|今年|年初|年中|年底)?\\s*([一-龥]{2,3}?)(?:市|县|区|州|盟|旗)${BUREAU}`);
/**
 * Words that open a clause before a bureau and are no place's name: "配合县退役军人事务局……", "按照县征兵办的统一部署", "受到县征兵办通报表扬";
 * nor before a township's committee: "全年主持乡党委会议军4次", "春节期间乡党委对全乡军属进行了走访慰问"; nor before the level above's,
 * "贯彻县委部署", "围绕县委……" (see namedSuperior).
 */
const NOT_A_PLACE = /贯彻|围绕|响应|遵照|执行|服从|紧扣|聚焦|对标|结合|加强|强化|明确|确保|保证|建议|坚持|发挥|压实|按照|根据|受到|得到|获得|荣获|赢得|依据|对照|落实|协调|争取|通过|经过|积极|主动|组织|配合|协助|协同|会同|联合|邀请|今年|去年|全年|年初|年底|年内|当年|同年|上半|下半|春节|八一|推动|指导|督促|要求|支持|帮助|推进|责成|安排|带领|陪同|牵头|主要|一直|目前|具体|主持|召开|参加|出席|列席|研究|提请|报请|期间|前夕|之际|以来|前后|^(请|经|由|在|向|与|和|同|我|本|全|各|该|省|跟|给|为|对|将|把|被|从|自|于|并|还|也|又|均|都|已|要)/;
/** What a place's name before its superior's never holds anywhere in it (NOT_A_PLACE: at its start): a function word ("今年街道被区委……"), a time ("合并后县委任命了……"). */
const NOT_IN_A_NAME = /[被把将对向由在和与及的了给为从是各全本我该]|(后|前|中|时|间|里)$/;
/** A lead-in that names a department as the source of the figures after it: "据区退役军人事务局统计，". */
const COUNTED_BY_BUREAU = new RegExp(`(?:^|[，,；;])\\s*据(县|区|市|旗|州)${BUREAU}统计[，,]\\s*$`);
/**
 * A place's own name before its level's word, the innermost of a place within a place: 岚江市 → 岚江, 临州市红山区 → 红山,
 * 茂岭苗族自治县 → 茂岭.
 */
const PLACE_NAME = /([一-龥]{2,3}?)(?:[一-龥]{1,3}族)*(?:自治)?(?:街道|镇|乡|苏木|县级市|县|区|市|旗)$/;
/** An activity the report says was not held, named by what was to be done (see namesActivityNotHeld). */
const NOT_HELD = /(?:开展|举办|组织|召开|进行)的([^，。；的]{4,16}?(?:活动|培训|演练|训练|讲座|宣讲|比武))(?:[，,]\s*(?:因|由于|受)[^，。；]{0,24}?[，,]?)?\s*(?:未能|没能|没有|未)(?:如期)?(?:开展|举办|组织|召开|进行|成行)/g;
/**
 * A passage of the report quoted by a correction that takes it back as the year's work: "补充说明：报告所列“街道投入武装工作经费12万元”系2020年
 * 预算申报数，本年度实际未单独列支" (holdout1015/12) — group `away`; or that makes its figure a total over years, "（更正：第三部分“今年开展国防
 * 教育讲座60场”应为“近五年累计开展60场”" (1015/04) — group `total`, the work still named. (Not one that only mends the figure, "“全年征集新兵
 * 218名”系笔误，应为212名", whose work stands, even with a remainder unpaid after it; nor a total within the year the corrected wording
 * adds, "……2期，累计培训320人次"; nor a slogan quoted outside a correction, "我常讲“……”，这是态度，并非口号", see CORRECTING.)
 */
const CORRECTION = /“(?<passage>[^“”]{6,60})”(?![^。；“]{0,16}?(?:笔误|(?:应为|实为|改为)[^，。；“”]{0,4}[0-9一二三四五六七八九十]))[^。；“]{0,12}?(?:系|属|为|是|应为|实为|改为)[^。；]{0,30}?(?:(?<away>实际(?:并)?(?:未|没有)|未(?:单独)?(?:列支|开展|拨付|到位)|并非|申报数|计划数)|(?<total>(?:近|最近|过去)[两三四五六七八九十0-9]+年|历年|[0-9]{4}年以来|不是本?年|非本年))/g;
/** A sentence that is a correction of the report: "补充说明：……特此更正", "（更正：……）", "……系笔误". */
const CORRECTING = /更正|补充说明|勘误|笔误|有误/;
/** A sum in figures: "48万元", "6.5万元", "3000元". */
const MONEY = '[0-9]+(?:\\.[0-9]+)?万?元';
const MONEY_FIGURE = new RegExp(MONEY, 'g');
const MONEY_ONE = new RegExp(MONEY);
/** A sum the report says is still unpaid, the words after it: "48万元经费至今尚未拨付" (see unpaidElsewhere). */
const UNPAID_SUM = new RegExp(`(${MONEY})[^，。；0-9]{0,10}(?:至今|目前|仍|还|迟迟)?(?:尚未|未能|没有|没|未)(?:拨付|拨款|拨到|到位|到账|兑现|下拨)`, 'g');
/** …unless the same sentence says it was paid in the end ("……一度未能拨付，……11月已全部拨付到位"). */
const PAID = /已[^，。；]{0,8}(拨付|到位|到账|兑现)|拨付到位|全额拨付/;
/** What an unpaid sum is for, the two characters before its money word in its clause: "人武部营区改造资金" → 营区, "训练基地建设经费" → 基地. */
const ITEM_BEFORE = /([一-龥]{2})(?:建设|维修|改造|购置)?(?:经费|资金|款项?|补助|补贴)[^，。；]{0,2}$/;
/** A clause that refers back to all that went before: "这些都停在纸面上", "以上安排后来都取消了". */
const SUMS_UP = /^\s*(但|但是|可是|然而|可)?[^，。；]{0,12}(这些|上述|以上|这几项|这几件|这项|这件|此项)/;
const NONE: Span[] = [];
/** Quoted speech, or a reviewer's remark set in brackets (see INLINE_REMARK). */
type Quoted = Span & { remark?: true };
/** A form's answer that points elsewhere: "见述职报告正文", "详见附件2". */
const SEE_ELSEWHERE = /^(见|详见|参见|具体见)[^，。；]{0,12}(正文|附件|附表|上文|前文)/;
/** A table column that says what was done, and a cell in it that says nothing was. */
const TABLE_DONE_COLUMN = /实际|完成情况|落实情况|执行情况|完成数|^(目前|当前|工作|项目)?(进展|进度|推进)(情况)?$|(全年|已|上半年|下半年|前三季度|[一二三四]季度|本期|截至[^|｜\t]{1,10})完成$|^完成$|批复|到位|拨付|自评说明/;
/**
 * A column of what is planned for the time after, beside one of what was done: "项目｜2025年落实情况｜2026年打算" (not a target
 * for the year, "项目｜计划｜实际完成").
 */
const TABLE_PLAN_COLUMN = /打算|思路|下步|下一步|明年|来年|今后/;
/** Or beside one of the faults the plan answers: "存在问题｜原因｜下步措施"; there, with no column of what was done, the fixes are plans too ("问题｜原因｜整改措施｜时限"). */
const TABLE_FAULT_COLUMN = /问题|不足|短板|差距/;
const TABLE_FIX_COLUMN = /整改措施|整改举措|改进措施|整改办法/;
const TABLE_YEAR_COLUMN = /(20\d\d)年[^｜|\t]{0,4}(计划|目标|安排|重点|任务)/;
// (Not "按计划开展": done as planned, however thinly; nor the words that only hold 待 or 未, "专武干部待遇", "优待金", "接待", "期待", "未成年人",
// "未来".)
const TABLE_NOT_DONE_CELL = /^([-—－/无]|[0０零]\s*(次|个|项|名|人|场|期|户)?)$|(?<![优接对期招厚善])待(?!遇|命)|明年|(?<!按)计划(?!开展|完成|进行|推进|落实)|起执行|未(?!成年|来(?!得及))|起草中|推迟|取消|暂缓|延期|搁置/;
/**
 * A progress cell still short of the work (1017/02): "方案已报区委组织部，待批复", "已启动，园内展陈初步建成", "正在选址", "正在办理调配手续" —
 * judged on the whole cell, not one that says the work was finished after it ("3月已启动，6月全部完成", "已完成设计施工，10月投入使用").
 */
const TABLE_PENDING_CELL = /^(?![^|｜\t]*((?<!初步)(完成|建成|完工|竣工)|到位|投用|投入使用|交付|拨付))[^|｜\t]*((方案|申请|计划|请示)已?上?报(?!送)|(?<!通)报批(?!评)|审批中|已启动|^启动|正在(选址|筹备|报批|审批|可研|设计|办理))/;
/** A column naming who did each row's work. */
const RESPONSIBLE_COLUMN = /责任人|负责人|落实人|承办人|执行人|责任领导|牵头人|牵头领导|分管领导|具体负责|负责同志|主持人|参加人|参加领导|出席领导|带队领导|带队人|主讲人|授课人|(牵头|责任|负责|实施|承办|主办|组织|执行)单位|^\s*(主持|负责|牵头|落实)([或、/](主持|负责|牵头|落实))?\s*$/;
/** A faults table's column of how far each fault is fixed, and a cell saying it is: "已整改，今年单列4.8万元", "已完成" (not "整改中"). */
const FIX_STATE_COLUMN = /进展|进度|完成情况|整改情况|整改结果|落实情况|状态/;
const FIXED_CELL = /^(已|均已|全部)(整改|完成|办结|销号|解决|落实)|^(完成|办结|销号)(?!时限|时间)/;
/** A faults table's columns of whose each fault is ("责任单位") and of the fault itself ("问题"). */
const OWNER_COLUMN = /责任(单位|部门|主体|人)|牵头(单位|部门)|负责(单位|部门|人)|整改主体/;
const FAULT_COLUMN = /问题|不足|短板|差距/;
/** An owner that is not the reporter's side: a department, the 人武部, the places under the reporter ("区人武部", "各街道武装部"). */
const OTHER_OWNER = /人武部|武装部|局|街道|乡镇|社区|村|部门|学校|企业|中心|办事处/;
const OWN_OWNER = /(县|市|区|镇|乡|旗|盟)委(?!办)|党(工)?委|本人|我|书记|主要领导/;
/** A fault of the reporter's own routine, whoever the table says will fix it: "到人武部办公次数不足｜县委办". */
const OWN_ROUTINE = /议军|常委会|党委会|党工委会|办公|谈心|四个一|第一书记|书记|调研/;
/** A government bureau as a fault's subject: "区退役军人事务局安置工作进度慢" is the bureau's fault, not the reporter's. */
const BUREAU_START = /^(县|市|区|旗)[^，。；我委]{1,8}局(?!长)/;
/** A cell telling that someone else did it: "由县长代为落实". */
/**
 * Someone named by name as the one who led the work told: first in the sentence, the work handed to a deputy in its first clause
 * ("2026年征兵工作由区委副书记张以恒同志牵头负责，……", "在援藏副县长陈立群同志的带领下，援藏工作队……", "李国安同志亲自部署、
 * 亲自督导，全市……完成征兵任务92名"; a community's or a village's secretary by name, "金桂社区书记王丽牵头，……编建楼宇民兵班3个",
 * holdout448/02), in a note, or in its last clause.
 */
/** Who led it, in brackets after the work: "（张海燕同志组织）", "（2次，县长主持）", "（由县人武部组织）", "（县委副书记带队）". */
const BRACKET_LED = /[（(](?!其中)[^（）()]{0,12}(同志|(?<!副)[县区市镇乡旗]长|副书记|副[县区市镇乡旗]长|人武部|武装部|武装部长|政委)(组织|主持|牵头|负责|带队|代为|代|实施)[^（）()]{0,6}[）)]/;
/** The reporter's side led by the committee's deputy: "我们在副书记带领下……" (not by the level above, "在县委常委、县人武部政委……的带领下"). */
const WE_LED = /^[^，。；]{0,4}我们[^，。；]{0,4}在(?![^，。；]*(县委|区委|市委|州委|人武部|武装部|军分区|上级))[^，。；]{0,16}(副书记|副(县|区|市|镇|乡|旗)长|主任)的?(带领|领导|主持|组织)下/;
const LED_BY_NAMED = new RegExp(`^(?:[^，。；]{0,12}[，,])?[一-龥]{2,3}同志(亲自)?(主持|组织|牵头|带队|带领|召开|部署|率队|督导|指挥)|^[^，。；]{0,8}(社区|村)(党组织|党支部|党委)?书记[一-龥]{2,3}(同志)?(亲自)?(主持|组织|牵头|带队|带领|负责)|在[一-龥]{2,3}同志的?(带领|领导|主持|组织)下|^[^，。；]{0,24}由[^，。；]{0,16}(同志|副书记|副(县|区|市|镇|乡|旗)长|武装部长|人武部部长)[^，。；]{0,4}(主持|组织|牵头|负责|带队)|^[^，。；]{0,12}在[^，。；]{0,16}(同志|副书记|副(县|区|市|镇|乡|旗)长)的?(带领|领导|主持|组织)下|^[^，。；]{0,12}在(副)?(县|区|市|镇|乡|旗)长[一-龥]{2,3}的?(带领|领导|主持|组织)下|${BRACKET_LED.source}|[，,；;](均|都|皆|全部)?由[一-龥]{2,3}同志(主持|组织|牵头|负责|带队)[^，。；]{0,4}[。；]?\\s*$`);
const STAND_IN = /^由[^，。；]{0,10}(代为|代替|代|负责)|代为落实|代为办理/;
/** A cell that is a person's name and no more: "曾庆辉", "邓志勇同志". */
const PERSON_CELL = /^\s*[一-龥]{2,3}(同志)?\s*$/;
/** A cell that names a stand-in, whoever it is: "林宏（代为主持）". */
const STAND_IN_CELL = /代为|代理|代替/;
/** A table's column of notes: "备注", "说明". */
const NOTE_COLUMN = /^(备注|说明|注)$/;
/** A row's last cell that makes it a plan or a blank: "明年预算计划", "待定", "（待统计）". */
const ROW_PLANNED = /^[（(]?(明年|下一年|来年)?[^|]{0,4}(预算计划|计划|待定|待统计|待补充|拟)[）)]?$/;
/** A table row's cell under the first column whose name matches ("完成情况", "责任单位"), or null when its table has none. */
const cellUnder = (unit: Unit, column: RegExp): string | null => {
  if (unit.tableHeader === null) return null;
  const k = cellsOf(unit.tableHeader).findIndex((h) => column.test(h));
  return k < 0 ? null : (cellsOf(unit.paragraph.normalized)[k] ?? '');
};
/**
 * In a table of what was done beside what is planned ("项目｜2025年落实情况｜2026年打算"), or of the faults beside it, the row's
 * plan cell as a span of the report (undefined in any other table or outside one). Such a row reports the year's work whatever heading it stands under.
 */
const planCellOf = (unit: Unit, reportYear: number | null): Span | undefined => {
  if (unit.tableHeader === null) return undefined;
  const heads = cellsOf(unit.tableHeader);
  const faultsOnly = heads.some((h) => TABLE_FAULT_COLUMN.test(h)) && !heads.some((h) => TABLE_DONE_COLUMN.test(h));
  const later = (h: string) => TABLE_PLAN_COLUMN.test(h) || (faultsOnly && TABLE_FIX_COLUMN.test(h)) || (reportYear !== null && Number(TABLE_YEAR_COLUMN.exec(h)?.[1]) > reportYear);
  const k = heads.findIndex((h) => later(h) && !TABLE_DONE_COLUMN.test(h));
  if (k < 0 || !heads.some((h) => (TABLE_DONE_COLUMN.test(h) || TABLE_FAULT_COLUMN.test(h)) && !TABLE_PLAN_COLUMN.test(h))) return undefined;
  const cell = cellSpans(unit.paragraph.normalized)[k];
  return cell && { start: unit.paragraph.start + cell.start, end: unit.paragraph.start + cell.end };
};
// "经费保障方面，……", "每月到人武部办公一次……的安排，因工作繁忙都没能落实"; an amount as the subject of what follows, "镇财政配套的12万元，
// 力争年底前拨付到位" (holdout717/07); the money a work needs, "对武装工作所需经费，如有需要，区财政将予以保障" (holdout769/06); the problem a
// measure answers, "针对部分街道专武干部兼职过多的问题，正在研究制定……办法" (holdout787/08).
const TOPIC_LEAD = /(方面|而言|来说|问题上|的(安排|要求|制度|规定|计划|做法)|的[0-9.]+\s*(万|亿)?元|^\s*(对|对于)[^，。；]{1,16}(所需|需要的)(经费|资金)|^\s*针对[^，。；]{1,30}(问题|情况|现象|短板))\s*$/;
/**
 * A clause that only names a topic: "对于经费保障", "关于民兵训练"; or a point's label with its topic, "三是国防教育，2015年建成了……"
 * (holdout706/04: what the point tells is the earlier years').
 */
const LEAD_IN = /^\s*((对于|关于|至于)[^，。；]{1,12}|([一二三四五六七八九十]+是|第[一二三四五六七八九十]{1,2}[、]?)[^，。；0-9０-９一二两三四五六七八九十百千万]{2,8})$/;
/** A clause that says who did the topic before it: "……，也是他代表县委……进行的", "……，是由分管副书记负责的". */
// (Also spoken: "……，都是武装部长周德明一手操办的".)
const DONE_BY_NEXT = /^(\s*(?:也|都|还|就|则)?是(?:由)?)[^，。；]{1,24}(进行|负责|落实|完成|组织|办理|开展|主持|召开|操办|张罗|牵头|搞|抓|办|做|干)的/;
/** …or without the cleft, the act ending the clause: "与人武部党委成员的年中谈心谈话，由县委副书记程望同志代为进行". */
const DONE_BY_NEXT_PLAIN = /^(\s*(?:均|都|也|则)?由)[^，。；]{1,24}(进行|负责|落实|完成|组织|开展|主持|召开)(?=\s*(?:[，。；]|$))/;
/**
 * …unless the topic's clause is itself an act on it, its subject dropped, and the clause after names who holds the post, not a body
 * that did it: "将街道专武干部岗位由兼职改为专职，由党工委委员、武装部长专职负责" gives the post its holder (holdout957/12); "将县民兵应急连调整为
 * 应急营，由市军分区统一组织" is the 军分区's.
 */
const CHANGED_FIRST = /^(将|把)[^，。；]{1,24}(改为|调整为|转为|改设为|明确为)/;
const OUTSIDE_BODY = /军分区|警备区|省军区|人武部|人民武装部|局|政府|上级/;
// "……纳入年度预算的具体事宜，由县财政局负责落实": the topic handed over with the clause after it, when it reports no act of its own.
const HANDED_TOPIC = /的[^，。；]{0,6}(事宜|办法|问题|事项|措施|细则|方案)\s*$/;
const ACT = /了|已|我|本人|研究|召开|主持|协调|解决|听取|拍板|审定/;
// A total of the period: "全年……12次", "共……3期", "累计……".
const DONE_TOTAL = /(全年|今年|本年|共|累计|先后)[^，。；]{0,16}[0-9一二两三四五六七八九十百千]+(次|名|人|期|场|个|项|户|万元|元)/;
const QUANTITY = /\d|[一二两三四五六七八九十百千]+(次|名|人|个|件|项|万元|元)/;
const QUESTION = /[？?]\s*$/;
/** A form's row asking 是否 with the answer yes in the cell after it: "4.是否开展国防教育｜是", "是否建立考核机制｜已建立". */
const ANSWERED_YES = /^[^\t|｜]*是否[^\t|｜]*[\t|｜]\s*(是|有|已[^\t|｜，。；]{0,6})\s*[|｜]?\s*$/;
const ANNOUNCES = /[：:]|主要(是|有|表现(在|为))|具体(是|表现为)|表现(在|为)/;
// Work of the predecessor or before the reporter came ("在前任党委书记周建国同志的带领下，乡党委完成了民兵整组", "楼宇民兵连是前任书记……牵头组建的",
// "上半年，前任杨志远同志协调为5个乡镇调整配备了专武干部", "2月，原第一书记带领县委理论学习中心组开展国防专题学习" (holdout675/08); not
// what the reporter kept up, "……的机制是前任书记2023年推动建立的，今年继续执行").
/** A place merged or its level changed: before it, the time of another committee; after it, the reporter's own. */
const REDISTRICTED = '(合并|撤并|撤乡设镇|撤乡建镇|撤县设区|撤镇设街道?|区划调整)';
// The committee before the reporter's ("上届县委在潘书仪同志带领下，……", a heading "上届班子打下的工作基础"); in a year of re-districting,
// the committee of a place merged into the reporter's, or the time before the merger ("合并前，原西浦乡党委在春节期间走访慰问了18户军属") —
// not named in a bracket, as a figure to compare or a topic: "镇财政安排武装工作经费18.6万元（合并前两乡镇2023年合计14万元）",
// "党委会议军3次（……9月合并前民兵和装备移交）" (holdout662/02, 09).
const EARLIER_COMMITTEE = `(?:上届[^，。；]{0,4}(班子|县委|区委|市委|旗委|州委|党委|党工委|领导)|原[^，。；我]{1,6}?(乡|镇|县|街道|苏木)(党委|党工委|县委)|(?<![较比与同于])(?<![（(][^）)]{0,30})${REDISTRICTED}(之)?前(?!后))`;
// (Not work done on its groundwork: "在上届县委打下的良好基础上，今年新组建……".)
const PREDECESSOR = new RegExp(
  `前任[^，。；]{0,16}(带领|领导|主持|任内|期间|牵头)|是前任[^，。；]{0,20}(组建|建成|建立|创建|打造|争取|推动)的(?![^。]*(今年|本年)[^，。；]{0,4}(继续|仍|坚持|沿用))|前任[^，。；]{0,4}(安排|确定|定下|编制|争取|制定)|^[^，。；]{0,8}前任[^，。；]{0,8}(书记|县长|市长|区长|镇长|乡长|主任|旗长)(?![^，。；]{0,8}(打下|奠定)[^，。；]{0,8}基础)|(?<![^，；])[^，。；]{0,4}前任[^，。；]{0,6}同志(?![^，。；]{0,8}(打下|奠定)[^，。；]{0,8}基础)|(到任|上任|任职)(之)?前|原[^，。；]{0,10}(书记|县长|市长|区长|镇长|乡长|主任)[^，。；]{0,6}(任内|任上|在任|期间|(带领|领导|主持)下)|(?<![^，；])[^，。；]{0,4}原(?!则)[^，。；]{0,8}书记(?=[^，。；]{0,4}(带领|主持|组织|牵头|召开|带队|率))|${EARLIER_COMMITTEE}(?![^，。；]{0,8}(打下|奠定)[^，。；]{0,8}基础上)`,
);
// A section on someone else's time: "一、上半年县委党管武装工作情况（周立衡同志负责期间）", "一、上半年工作情况（赵建平同志主持）", "一、上届班子打下的工作基础",
// "一、周书记任内的工作（1—5月）" (the predecessor by surname, as the opening names him).
// (Not "上届遗留问题解决情况": what the reporter solved.)
const PREDECESSOR_HEADING = new RegExp(`(同志|(?<![我本副])[一-龥]书记)(负责|主持|在任|任职|任内)((期间|时|的工作)|(?=\\s*[）)]\\s*$))|前任|${EARLIER_COMMITTEE}`);
/** A paragraph that ends on a colon, introducing what follows. */
const INTRO_COLON = /[：:]\s*$/;
/** How many paragraphs back a list's introduction is looked for. */
const LIST_REACH = 12;
const BEFORE_ME = /(?:我|本人)(?:到任|上任|接任|任职|来)(?:之)?前/;
/** A clause that gives a reason, between a topic and who was given it: "因与区里的会议时间冲突". */
const REASON_CLAUSE = /^\s*(因|由于|因为)/;
/** A clause's opening time, before its actor: "“八一”", "6月下旬", "春节期间". */
const TIME_LEAD = /^(“[^”]{1,6}”|[0-9一二三四五六七八九十]{1,2}月[上中下]?[旬初底末]?|春节|元旦|国庆|八一|建军节|年初|年中|年底)(期间|前后|前夕|前|后|中)?/;
/** The doer named after the topic in a cleft: "国防教育日那天的活动是教育局和人武部搞的"; spoken, "国防教育主要是宣传部和教育局在弄". */
const CLEFT_OTHER = /是[^，。；我]{0,12}(局|办|部|中心|团[县市区]委|学校|部门|单位|同志|[县市区镇乡旗]长)([^，。；]{0,6}(搞|办|组织|开展|牵头|负责|做|举办|主办|承办)的|[^，。；]{0,2}在(弄|搞|抓|管|做|办|张罗|操办))/;
/** The reporter left what the predecessor did as it was: "专武干部是前任春天配齐的，我这半年没有再动". */
const LEFT_AS_IS = /(我|本人)[^，。；]{0,8}(没有|没|未)再?(动|调整|变动|改动|调|变)(?![^。]*[0-9])/;
// The reporter away, a stand-in presiding: "我外出学习期间，李红霞同志主持召开党工委会议2次……" opens a paragraph of the stand-in's work.
/** What keeps the reporter away: "学习", "培训", "住院", "挂职", …. */
const AWAY_FOR = '(学习|培训|进修|外出|住院|治疗|休假|挂职|跟班|借调|脱产)';
/** The reporter away, told in a clause: "我外出学习期间", "本人在省委党校培训时". */
const REPORTER_AWAY = `(我|本人)[^，。；]{0,16}${AWAY_FOR}[^，。；]{0,4}(期间|时)`;
/**
 * …or, opening the sentence, as the reason the work was handed on: "因我在省委党校参加学习，9月的县委议军会由县长李振华同志……主持召开"
 * (not of a part of it, "市委常委会议军4次，其中3月一次因我在党校学习，由市委副书记刘建华代为主持").
 */
const AWAY_BECAUSE = `因为?(我|本人)[^，。；]{0,16}${AWAY_FOR}`;
const AWAY = new RegExp(`^[^，。；]{0,6}${REPORTER_AWAY}`);
// The reporter's absence and who stood in, inside a sentence of work: "征兵工作由阿苏拉者同志在我外出学习期间牵头完成，全乡定兵4名"
// (all of it; not an aside, "全年到乡武装部办公9次（5—7月在党校学习期间未到）").
// (Or the stand-in named beside it: "征兵工作，我在党校学习期间，张建华同志主持召开全县征兵工作会议", "……都是张建华同志在我学习期间代为
// 主持完成的".)
const STAND_IN_NAMED = '[^，。；]{0,8}?(同志|县长|市长|区长|镇长|乡长|旗长|主任|副书记)';
// (Or the stand-in leading it clauses after the absence told: "今年3月至6月我在市委党校参加中青年干部培训班学习，下半年征兵又正值汛期
// 抢险，征兵宣传发动、体检政审均由乡长牵头组织，全乡全年送兵5名" (holdout622/07); the absence opening the sentence, not told as a part
// of the work after it, "全年到市人武部办公8次，其中7月至9月我在省委党校……期间，有3次办公日由市委副书记……代为参加".)
const AWAY_THEN_LED = `^[^，。；]{0,12}(我|本人)[^，。；]{0,24}${AWAY_FOR}[^。；]{0,40}[，,][^。；]{0,24}由${STAND_IN_NAMED}[^，。；]{0,4}(牵头|主持|负责|代为|代)`;
// (Or the stand-in named as standing in for the reporter, no reason told: "……我刚到任，由区长代我到火车站欢送新兵", holdout663/12; or both in
// a note closing the sentence, "6月县委常委会专题研究了征兵工作和民兵整组（我在党校学习，由县长主持）", holdout955/09; not one of several
// told, "分别于3月、6月（我在省委党校学习，由县长代为主持）和10月召开".)
const AWAY_NOTE = `[（(](我|本人)[^，。；（）()]{0,16}${AWAY_FOR}[^（）()]{0,8}[，,、；;]\\s*由${STAND_IN_NAMED}[^，。；（）()]{0,4}(主持|代|负责|牵头)[^（）()]{0,6}[）)][。；;]?\\s*$`;
const AWAY_WITHIN = new RegExp(`${AWAY_NOTE}|${AWAY_THEN_LED}|由${STAND_IN_NAMED}[^，。；]{0,2}代(我|本人)|由[^，。；]{0,12}在?${REPORTER_AWAY}|${REPORTER_AWAY}[，,]?[^，。；]{0,4}由|${REPORTER_AWAY}[，,]\\s*${STAND_IN_NAMED}|${STAND_IN_NAMED}在${REPORTER_AWAY}[^，。；]{0,4}(代为|代|主持)|^[^，。；]{0,6}${AWAY_BECAUSE}[^，。；]{0,4}[，,][^。；]{0,24}由${STAND_IN_NAMED}`);
// The reporter away and who stood in, told in a sentence ("今年3月至6月，我受组织选派到省委党校参加培训班，其间乡党委工作由乡长汪德胜同志
// 主持。"), and the next one opening on that span ("这一期间，乡党委召开议军会1次……"): the stand-in's.
const AWAY_SPAN = new RegExp(`(我|本人)[^。]{0,30}${AWAY_FOR}[^。]{0,30}(其间|期间)[^。]{0,20}由[^。]{0,16}(主持|负责|代为|代理)`);
const THAT_SPAN = /^[^，。；]{0,4}(这一?期间|此期间|在此期间|其间)/;
// The predecessor's span told within a paragraph, the work of it listed after: "1月至3月，镇党委工作由前任书记……主持，其间完成了……".
const PREDECESSOR_SPAN = /前任[^，。；]{0,16}(主持|负责|在任)[^。]{0,8}(其间|期间)/;
/** The reporter's own time from its start: "到任后", "合并以来"; as a part's heading names it too, "二、合并后的民兵整组". */
const OWN_START = `(到任|上任|接任|履新|任职|返岗|回岗|接手[^，。；]{0,4}|${REDISTRICTED})(后|以来)`;
const SINCE_OWN_START = new RegExp(OWN_START);
// The reporter's own time again after the predecessor's in one paragraph: "9月到任后，……", "此后……", "合并后，……".
// (下半年 opening the sentence: "下半年征兵工作按照县里的安排完成", not "上半年和下半年两次征兵共输送新兵5名".)
const OWN_TIME_AGAIN = new RegExp(`${OWN_START}|此后|^\\s*下半年|今年|本年度?|[0-9一二三四五六七八九十]{1,2}月(份)?(以来|起|至今)`);
/** A month in figures or in Chinese numerals (七月, 十一月); not a rate, "一月一次". (A year in Chinese numerals is read as figures, see normalizeText.) */
const MONTH = '([0-9]{1,2}|十[一二]?|[一二三四五六七八九])月(?!一[次调督研检报通])';
/** The months of the reporter's absence in the sentence that tells it (AWAY_SPAN): "3月至6月，我在省委党校……学习，其间由镇长……主持". */
const AWAY_MONTHS = new RegExp(`${MONTH}份?(?:[0-9]{1,2}日|上旬|中旬|下旬|初|底)?(?:至|到|—|－|-|~|～)(?:20[0-9]{2}年)?${MONTH}`);
/** The reporter's coming to the post, dated: "我于2023年9月20日到茗湖街道任党工委书记", "我是今年7月从县发改局调任……的". */
// (Also "我于2025年10月到海蓬县工作": come to the place to work; and by the place's bare name, what came after it told: "6月我到鹤坪
// 工作后，重点抓了以下几件事", "我到河坞市工作，接任市人武部党委第一书记".)
const TOOK_POST =
  '[^，。；]{0,16}?(?:到任|上任|履新|接任|(?<!新)任职|(?:调任|任)[^，。；]{0,10}书记|(?<=[0-9一二三四五六七八九十]月份?(?:[0-9]{1,2}日|上旬|中旬|下旬|初|底)?)(?:到|来)[^，。；]{1,8}?(?:县|市|区|旗|镇|乡|街道)工作|(?:到|来)[^，。；]{1,6}?工作(?=后|以来|以后|的|[，,]\\s*(?:兼任|任|担任|接任)[^，。；]{0,10}书记))';
// (Also in Chinese numerals and by a part of the month: "我是今年五月中旬到漳渠县任职的", "我于二〇二二年七月由金渠市发改委调任柳渠区委书记";
// and to the place's name alone, "我是今年4月份到岚江工作的", or with the post after, "组织安排我到岚水市工作，兼任市人武部党委第一书记".)
const ARRIVAL = new RegExp(`(?:我|本人)(?:于|是|在|自|从)?\\s*(?:(20[0-9]{2})年|今年)?${MONTH}份?(?:([0-9]{1,2})日|(上旬|中旬|下旬|初|底))?${TOOK_POST}`);
/** …or the date first: "2025年9月，我从市发改委调任澄川区委书记" (not a departure, "2024年10月23日，我调任市里工作"). */
// (Also a part of the month and who sent the reporter: "2023年8月中旬，组织安排我到冰湖区任区委书记", "2022年6月，市委调整我任坝梁县委书记";
// and the month alone, the year the report's: "6月，我到柳甸县任县委书记"; "今年7月，市委决定由我接任宝日区委书记"; after the predecessor's
// time in one sentence: "1月至4月，周德培同志任县委书记；……；8月9日，市委宣布我任涟湖县委书记".)
const ARRIVAL_DATED = new RegExp(`(?:^|[；;]\\s*)(?:(20[0-9]{2})年|今年)?${MONTH}份?(?:([0-9]{1,2})日|(上旬|中旬|下旬|初|底))?[，,]?\\s*(?:经?(?:组织|[省市州盟]委|上级)上?(?:安排|决定|任命|选派|调整|宣布)\\s*由?)?(?:我|本人)${TOOK_POST}`);
/** …or in the byline under the title: "韩立新（2022年6月任黄渠区委书记、区人武部党委第一书记）". */
// (Or a line of its own under the signature: "（2025年11月任墨溪市委书记）".)
/** …or in a form's field: "任职时间	2023年5月	述职期间	2023年1月—12月". */
const ARRIVAL_FORM = new RegExp(`任职(?:时间|起始时间|日期|年月)[\\t｜|：:\\s]*(20[0-9]{2})年${MONTH}份?(?:([0-9]{1,2})日)?`);
const ARRIVAL_BYLINE = new RegExp(`^(?:[^，。；（）()]{2,8})?\\s*[（(](20[0-9]{2})年${MONTH}份?(?:([0-9]{1,2})日)?起?(?:调任|接任|到任|任)[^，。；（）()]{0,16}书记`);
/**
 * …or by the predecessor's leaving, the reporter taking over then ("2021年2月，原县委书记刘建华同志调任漳原市人大常委会工作。按照市委
 * 安排，我……主持县委全面工作"): what came before it is the predecessor's at least.
 */
const PREDECESSOR_LEFT = new RegExp(`^\\s*(?:(20[0-9]{2})年|今年)?${MONTH}份?(?:([0-9]{1,2})日|(上旬|中旬|下旬|初|底))?[，,]\\s*(?:原|前任)[^，。；]{0,10}书记[^，。；]{0,12}(?:调任|调离|调到|退休|离任|另有任用)`);
/** …or by a festival: "我于今年清明节后到黄壁镇任职", "我是国庆前调任……的". */
const ARRIVAL_FESTIVAL = new RegExp(`(?:我|本人)(?:于|是|在|自|从)?\\s*(?:(20[0-9]{2})年|今年)?(元旦|春节|清明|五一|劳动节|端午|八一|建军节|中秋|国庆)节?(前后|前|后|期间)?${TOOK_POST}`);
/**
 * The month a festival falls in and the latest day it can fall on, for an arrival dated by it and for holidays opening a sentence
 * (春节, 端午 and 中秋 move with the lunar calendar: their usual month, no day).
 */
const FESTIVAL_DATE: Record<string, [number, number | null]> = { 元旦: [1, 1], 春节: [2, null], 清明: [4, 6], 五一: [5, 1], 劳动节: [5, 1], 端午: [6, null], 八一: [8, 1], 建军节: [8, 1], 中秋: [9, null], 国庆: [10, 1] };
/** The first day of a part of the month. */
const PART_OF_MONTH: Record<string, number | null> = { 上旬: null, 初: null, 中旬: 11, 下旬: 21, 底: 21 };
/**
 * Holidays opening a sentence ("春节、八一期间，……走访慰问驻县部队"), those of a fixed day (see FESTIVAL_DATE), and the spring festival
 * itself ("春节期间走访慰问了全乡军属" after a July arrival, holdout925/09). (Not the time before it: "春节前慰问军属……" may be the next
 * one, at the year's end.)
 */
const HOLIDAYS_FIRST = /^[^，。；0-9]{0,4}?((元旦|清明|八一|建军节|春节(?=期间))([、和及与](元旦|清明|八一|建军节|春节(?=期间)))*)/;
/** A clause that only names an occasion: "9月全民国防教育日", "答：八一建军节期间", "全民国防教育日当天". */
const OCCASION_CLAUSE = /^\s*(答[：:])?\s*([0-9一二三四五六七八九十]{1,2}月([0-9]{1,2}日)?)?[^，。；：:\s]{0,12}(日|节|期间|前夕|之际|当天|当日)\s*$/;
/** A time a point names of its own, which no time before it reaches: "八一期间", "春节前", "汛期". */
const OWN_OCCASION = /八一|春节|元旦|国庆|端午|中秋|清明|汛期|期间|前夕|年底|年末|年初|年中/;
/** A part of the year named first in a sentence, and the last month it takes in: "上半年，全区……配齐到位". */
// (After a topic's lead-in too: "征兵方面，上半年征集新兵35名".)
// (Or after its subject: "全市12个乡镇的专武干部年初全部配齐"; not a span from it, "从年初到年底", "年初以来", nor what it did, "国防教育延续了上半年的
// 做法", nor what it went by, "武装工作经费按年初预算予以保障".)
const PERIOD_FIRST = /^(?:[^，。；]{0,8}(?:方面|而言|来说)[，,])?[^，。；]{0,16}?(?<![从自至到截按照据依])(上半年|年初|(?:第)?一季度|(?:第)?二季度|春季)(?![、和及与至到以的])/;
const PERIOD_END: Record<string, number> = { 上半年: 6, 年初: 2, 一季度: 3, 第一季度: 3, 二季度: 6, 第二季度: 6, 春季: 5 };
const PERIOD_START: Record<string, number> = { 上半年: 1, 年初: 1, 一季度: 1, 第一季度: 1, 二季度: 4, 第二季度: 4, 春季: 2 };
/** A label opening on months from one to another: "一、1月至8月在枫林县的工作", "1—8月" (the first month's 月 may be left out). */
const MONTH_SPAN = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?\s*([0-9一二三四五六七八九十]{1,2})(?:月份?)?\s*(?:至|到|—|－|-|～|~)\s*([0-9一二三四五六七八九十]{1,3})月/;
/** A section of the time since the reporter came: "二、到任后履行第一书记职责情况", "二、到任以来履职情况". */
const SINCE_ARRIVAL = /到任|上任|履新|调任|接任|任职以来|履职以来/;
const isSinceArrival = (s: Section) => s.heading !== null && SINCE_ARRIVAL.test(headingText(s));
/** A plan that opens on the fault it answers: "针对民兵训练不足的问题，明年将……", "为解决……不够的问题". */
const ANSWERS_FAULT = /^[^，。；]{0,6}(针对|围绕|为了?解决|为改变|对于|对照)/;
/**
 * The blame for what a sentence told taken in a clause of its own: "……，这是我只听汇报、不看实情造成的" (holdout993/06), "这主要是我……",
 * "究其原因，是我……", "责任在我", "这是我们……".
 */
const BLAME_TAKEN = /^\s*((这|此|这些)(主要|都|也)?(是|怪|在于|源于)(由于)?|(究其原因[，,]?\s*)?(是|在于)|责任在)(我|本人)(?![县市区镇乡])/;
/** The reporter naming the fault as theirs: "这是我督促不够", "本人抓得不紧". */
const OWN_FAULT = /^(这是|主要是|根本在于|原因在于)?[^，。；]{0,4}(我|本人|自己)(?![们县市区镇乡])/;
/** A run-in label opening a sentence: "存在问题和打算：". */
const LEADING_LABEL = /^[^，。；：:]{1,12}[：:]/;
/** A topic's lead-in opening a sentence as a clause of its own: "拥军优属方面，", "在经费保障上，". */
const TOPIC_FIRST = /^\s*([一二三四五六七八九十]+是\s*)?([^，。；：:\s]{2,10}(方面|而言|来说)|在[^，。；：:\s]{2,10}(方面|上)|(拥军优属|双拥|征兵|民兵|国防教育|经费|专武干部|武装工作)[^，。；：:\s]{0,4}上)[，,]/;
/** A table's cell that only names, its next cell close: "省委、省政府、省军区｜2023年12月". */
const NAME_CELL = /^\s*([^，。；、|｜\t]{1,10}、)*[^，。；、|｜\t]{1,10}\s*[|｜\t]/;
/** A body stationed in the place at its own work, not of its committee: "驻县企业", "驻区单位" (not the troops as a topic, "驻县部队官兵家属随军就业问题"). */
const STATIONED = /^\s*驻[县市区镇乡地][^，。；]{0,4}(企业|单位|公司|机关)/;
/**
 * A leader of the place or someone named as the subject, after a topic's lead-in: "拥军优属上，县长带领县政府班子……" (holdout971/09); not
 * the place's own at large, "……，各乡镇、各部门密切配合", nor a post and who holds it, "刘建军同志是专职武装部长".
 */
const LEADER_FIRST = /^\s*([县区市镇乡旗]长|副[县区市镇乡旗]长|副书记|[一-龥]{2,3}同志)(?![^，。；]{0,2}(是|任|为|系|的))/;
/**
 * A body of the place at its own work, opening the later clauses that hold a match's figures: "各社区……开展国防教育宣传，区人武部到辖区
 * 2所中学开展了国防教育讲座" (holdout971/04) counts the 人武部's lectures (not its report heard, "县人武部汇报了……", nor its course
 * attended, "参加了县人武部组织的专武干部培训15天").
 */
const BODY_ACTS = /^\s*([0-9一二三四五六七八九十]{1,2}月份?([0-9]{1,2}日)?|今年|全年|年初|年底)?\s*(县|区|市|旗)(人武部|人民武装部|[一-龥]{1,8}?局(?!长))[^，。；]{0,2}?(到|在|为|组织|开展|举办|深入|走进)/;
/** A point's topic label and its colon at a sentence's start: "3. 国防教育：", "4）国防教育：", "（二）征兵工作：" (stricter than LEADING_LABEL: no figure in it). */
const RUN_IN_TOPIC = /^\s*([0-9]{1,2}[.．、]\s*|[（(]?[一二三四五六七八九十0-9]{1,2}[）)]\s*|[一二三四五六七八九十]+[是、]\s*)?[^，。；：:\s0-9]{2,10}[：:]/;
/** The level above's words as what a clause tells: "区委书记在全区……会议上强调，……". */
const ABOVE_SPEAKS = /^[^，。；]{0,30}(强调|指出|要求|提出|讲话|指示|批示)/;
/**
 * Firms moved to give, whom cues.otherActors names other doers: a chamber or an association moving its members ("县商会组织会员企业慰问
 * 军属"), or firms giving of their own accord ("全县爱心企业自发跟进").
 */
const FIRMS_MOVED = /^[^，。；]{0,12}((商会|协会|联合会|工商联)[^，。；]{0,8}(组织|倡议|号召|发动|动员)[^，。；]{0,8}?(会员|成员|企业|商户)|(企业|公司|商户|商家|会员单位|爱心人士)[^，。；我]{0,4}自发)/;
/** The reporter or the committee arranging what follows: "县委牵头", "在县委推动下", "镇党委牵线搭桥", "在县委号召下", "我带头捐款". */
const ARRANGED_BY_US = /(我|本人|[县市区镇乡旗]委|党委|党工委)[^，。；]{0,8}(牵头|推动|协调|牵线|搭桥|动员|研究|出面|号召|倡议|引导|发动|带头|发出)/;
/** A label alone on its line: "县退役军人事务局：". */
const BODY_LABEL_LINE = /^\s*([^，。；：:\s]{2,16})\s*[：:]\s*$/;
/** The cadres' post as a topic's name: "武装部长", "专武干部". */
const CADRE_POST = /^(乡|镇|街道|县|区|市)?(专职)?(专武干部|武装部长|武装干事|专职干事|人武干部)$/;
/**
 * A bold label opening a list item's line, its colon inside the bold marks or after them: "**武装部长：** ", "**武装部长**：";
 * in plain text after the item's mark, which the line keeps: "- **武装部长：** ".
 */
const LIST_LABEL = /^\s*(?:[-+*]\s+|[•●▪◆]\s*)?(\*\*|__)([^*_，。；：:]{1,16}?)(?:[：:]\1|\1[：:])\s*/;
/** A date opening a cell: "3月，", "5月12日 ". */
const ROW_DATE = /^[0-9一二三四五六七八九十]{1,2}月(份|[0-9]{1,2}日)?[，,、\s]*/;
/** A figure in a table's cell: "5名", "80万元". */
const ROW_FIGURE = /[0-9]+(?:\.[0-9]+)?\s*(?:万元|元|名|人|次|个|件|项|户|艘|支|场|期)/g;

/** Whether a table's item names what the sentence is about: they share a run of three characters ("新配备专武干部", "调整配备专武干部5名"). */
function sharesWord(item: string, text: string): boolean {
  const name = item.replace(/[\s\t|｜]/g, '');
  for (let i = 0; i + 3 <= name.length; i++) if (text.includes(name.slice(i, i + 3))) return true;
  return false;
}

/** A table row's first cells that only name its item: "拥军优属｜", "5｜国防教育｜". */
const ROW_ITEM = /^[\s|｜]*([^\t|｜，。；0-9]{1,12}[\t|｜]|[0-9]{1,2}\s*[\t|｜][^\t|｜，。；0-9]{1,12}[\t|｜])/;
/** A span that is only a date or a period: "5月", "2025年3月12日", "今年". */
/** Someone leading the work told: "镇武装部长赵兴业牵头完成民兵整组". */
const LEADS = /牵头|主持|带队|负责|组织/;
/** Someone who only found or pointed out, in a sentence's first clause: "县委督查指出我镇专武干部被抽调……，已按要求整改到位". */
const FINDS = /^[^，。；]{0,16}(指出|发现|反馈|通报|点名|批评)/;
/** A sentence that opens on a month: "4月组织……". */
const MONTH_FIRST = /^\s*[0-9一二三四五六七八九十]{1,2}月(份|初|底|中旬|上旬|下旬)?/;
const DATE_ONLY = /^((20[0-9]{2}年)?([0-9一二三四五六七八九十]{1,2}月份?)?([0-9]{1,2}日)?|今年|全年|年内|上半年|下半年|年初|年底)$/;
/**
 * A thing put into a later year's budget or plan of the reporter's place: "已报乡里2026年预算", "已列入2027年项目计划" (not the level
 * above's, "已列入省军区2026年计划").
 */
const LATER_BUDGET = /(?:已经?(?:报|报送|上报|申报|提交)|(?:已经?)?(?:列入|纳入|编入))(?:(?!省|军分区|上级)[^，。；]){0,10}?(?<year>20\d\d)年度?[^，。；]{0,6}(预算|计划|项目)/;
/** A note in brackets, or a name in quotes (the festival “三月三”): no date of the sentence's. */
const ASIDE = /[（(][^（）()]*[）)]|“[^“”]*”/g;
/** A sentence dated by the one before it: "同月，调整充实乡镇专武干部5名". */
const SAME_MONTH = /^[^，。；]{0,2}(同月|当月|同日|当日|同一天|当天)/;
/** The reporter named only as keeping up, since arriving, what was there: "……出台《考核办法》，……，我到任后继续严格执行". */
const KEPT_SINCE_ARRIVAL = /(我|本人)[^，。；]{0,2}(到任|上任|任职|到岗|接任)(后|以来)[^，。；]{0,4}(继续|坚持|沿用|延续|仍然?|照旧|照此)[^，。；]{0,8}$/;
/** A sentence's first date: its month and, when given, its day (in Chinese numerals too, "四月，区委印发……"). */
const FIRST_DATE = new RegExp(`(?<![0-9一二三四五六七八九十])${MONTH}(?:([0-9]{1,2})日)?`);
/** A clause opening on a month. */
const CLAUSE_MONTH = new RegExp(`^\\s*(?:20[0-9]{2}年)?${MONTH}`);
/** A sentence introducing a list: "重点抓了以下几项工作：", "重点抓了三件事：". */
const DONE_LIST = /(以下|如下|[两三四五六七八九十几](件|项|个方面)[^。；]{0,4})[^。；]{0,10}[：:]/;
/** A list introduced as done: "重点抓了三件事：" (not one set for a time ahead: "明年我给自己定了三件事："). */
const DONE_INTRO = /^(?![^。；：:]{0,12}(明年|来年|下一步|下步|今后|新的一年|下一年))[^。；]*了[^。；]{0,12}[：:]/;
// (Also the year's result of the whole place: "市委常委带头走访适龄青年家庭，全年完成征兵任务98名"; a rating's result weighed: "由县委常委和
// 人武部领导现场测评，测评结果占乡镇党建考核成绩的10%".)
// (Also the whole place's result after others' acts: "市退役军人事务局、市教育局联合开展征兵宣传……，全市征兵任务圆满完成".)
const RESULT_SUBJECT = /^\s*(报告|述职|评议|测评)(的)?结果(?:[^，。；]{0,4}(纳入|列入|计入|占)|\s*$)|^\s*(全年|今年|全(县|市|区|镇|乡|街道))[^，。；]{0,8}(完成|超额完成|征集|输送)/;
/**
 * A sentence whose subject is the place's own work and its result: "区征兵工作圆满完成上级下达的任务" (it takes no subject from the sentence
 * before); or the work alone, how it went: "拥军优属工作扎实开展" after "省军区拨付边防设施建设经费150万元", "武装工作考核进一步加强" after
 * "区民政局全年按时足额发放各类优抚金"; or the year's recruits counted, "全年征集新兵41名" after "省军区下拨民兵装备器材经费40万元"
 * (holdout654/12). (Or the fields listed so: "民兵整组、国防教育、拥军优属等工作扎实开展" after a recruit's mother's praise, holdout647/11.)
 */
const OWN_WORK_DONE = /^\s*(我|本)?(县|市|区|旗|镇|乡|街道)(征兵|民兵|武装|双拥|拥军|国防教育)[^，。；]{0,6}(圆满|超额|顺利|全面)?完成|^\s*(全年|今年|年内)(共|累计)?(征集|输送|批准入伍|送)(新兵|兵员|了?[0-9一二两三四五六七八九十])|^\s*(征兵|民兵(整组|训练)?|武装|双拥|拥军优属|拥军|国防教育)([、和及与](征兵|民兵(整组|训练)?|武装|双拥|拥军优属|拥军|国防教育))*等?(各项)?(工作)?(扎实|深入|有序|稳步|全面|顺利|按时|如期|有效|持续|广泛)(开展|推进|完成|落实|进行)|^\s*(征兵|民兵|武装|双拥|拥军|国防教育)(工作)?(考核|考评|经费保障|经费)(进一步|不断|持续|明显|有效)(加强|强化|完善|提升|提高|增强)/;
/**
 * What only the committee can do, with no subject: promoting the cadres ("年内提拔使用专武干部2名" after "区人武部会同县委组织部举办
 * 专武干部培训1期", holdout626/04): it takes no other doer from the sentence before.
 */
const COMMITTEE_ACT = /^\s*(年内|全年|今年|当年)?[，,]?\s*(提拔|提拔使用|提拔重用|晋升|重用)[^，。；]{0,6}(专武干部|武装部长|专职武装干部|武装干部)/;
/** Each of the places under the reporter as the owner of its cadres or militia (also "各街道、镇专武干部", holdout680/04). */
const EACH_PLACE_OF = /各(乡镇|街道|镇街|镇|乡|村|社区)([、和及与](乡镇|街道|镇街|镇|乡|村|社区))*(?=的?(专武干部|专武干事|专职武装干部|武装部长|武装干事|基干民兵|民兵))/g;
/**
 * A body spoken for or followed, not who acts: "县委副书记苏和巴日同志……并代表县委与人武部党委成员开展了谈心谈话", "下半年征兵工作
 * 按照县里的安排完成"; nor the reporter who entrusted it: "管委会主任刘志远受我委托，……主持召开议军会".
 */
const SPOKEN_FOR = /代表[^，。；]{0,4}(县委|区委|市委|旗委|州委|党委|党工委)|(按照|根据)[^，。；]{1,10}的(安排|部署|要求)|受(我|本人)的?委托/g;
// (Also a post and how it is ranked: "武装部部长按二级单位正职管理"; or what its holder is, "苏木武装部长为专职", "镇武装部长李国华同志是
// 退役军人": a description, whose subject the next sentence does not take.)
const HOLDS_POST = /由[^，。；]{1,30}(担任|兼任|接任|出任)|按[^，。；]{1,16}(管理|对待)$|^[^，。；]{0,8}(部长|干事|专干|专武干部)[^，。；]{0,8}(?<!调整|改|转|定|明确)(为|是|系)(专职|兼职|退役|转业|复员|党委委员|党工委委员)/;
/** A short line's words, without spaces and closing punctuation ("存在不足：" → "存在不足"). */
const labelWords = (unit: Unit) => unit.text.replace(/[\s*。：:；;！!]/g, '');
/** A label followed by its content after the colon, two or more characters of it: "不足：创新不够。" (see isLabel). */
const LABEL_WITH_CONTENT = /[：:][^一-龥]*[一-龥]{2,}/;
// (Or an ordinal word: "再次，做好退役军人服务和国防教育。", "第二，抓好民兵整组。")
const POINT_LABEL = /^([一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|(首先|其次|再次|最后|第[一二三四五六七八九十]{1,2})[，,、]?)/;
const TOPIC_NOUN = /^[一-龥]{2,6}(工作|建设|教育|情况|方面|队伍)$/;
/**
 * A sentence that opens on a stand-in, a deputy or a bureau as its doer, a time or an occasion before it at most: "县长主持召开……",
 * "春节、八一期间，县长刘建平同志带队……", "市退役军人事务局全年发放……".
 */
const OTHERS_OPEN = /^[\s*]*(?:[^，。；]{0,10}(?:期间|前后|前夕|以来|月|年)[，,]\s*)?(?:今年|全年|去年|年内|年初|年底)?(?:[一-龥]{0,6}?(?:县|市|区|镇|乡|旗)长|副(?:县|市|区|镇|乡|旗)长|(?:专职)?副书记|[一-龥]{2,3}同志|(?:县|市|区|旗)[一-龥]{1,8}?局(?!长)|[一-龥]{0,4}(?:民政办|双拥办|征兵办))/;
/** A ledger's label of the line that tells how a task stands: "完成情况：", "落实情况：". */
const LEDGER_FIELD = /^\s*(完成|落实|进展|执行|办理)(情况|进度)[：:]/;
/** A meeting chaired by someone named: "县委议军会由县长李振华同志主持召开". */
const CHAIRED_BY_NAMED = /^[^，。；]{0,12}(议军会|常委会|党委会|党工委会|会议)(?![^，。；]{0,8}(决定|明确|确定|研究|安排))[^，。；]{0,4}由[^，。；]{0,12}(同志|[县市区镇乡旗]长|副书记)[^，。；]{0,6}主持/;
/** A sentence handing a field to others: "这方面的工作主要由区政府和区退役军人事务局负责". */
const HANDED_ASIDE = /^[\s*]*(这|此|该)(方面|项|块)?的?工作[^，。；]{0,4}由/;
/** A field's bare name as a label: "征兵。", "双拥。" */
const FIELD_NAME = /^(征兵|民兵|拥军|优抚|双拥|经费|议军|考核|国防教育|专武干部)$/;
/** A point's label as a noun of the work ("经费保障", "考核机制") or a task ("落实经费保障", "健全考核机制"). */
const TOPIC_TERM = /^(关于)?[一-龥]{2,6}(保障|机制|制度|管理|落实|议军|征兵|征集|训练|整顿|整组|拥军|优抚|优属|双拥|干部|经费|动员)$/;
/** …and two of them joined: "做好退役军人服务和国防教育"; or a longer noun, "六是加强专武干部队伍建设。" (holdout425/11). */
const TASK_LABEL = /^(落实|争取|服务|健全|加强|强化|抓好|抓实|做好|完善|建立|推进|深化|坚持|注重|狠抓|突出|夯实|规范|严格|压实|提升)[一-龥]{2,8}((和|与|及)[一-龥]{2,6})?$/;
/** What a label would claim done: "二是经费保障到位。", "三是考核机制落实了。" */
const RESULT = /了|到位|有力|有效|明显|显著|足额|及时|全部|圆满|完成|实现|增加|提高/;
const THIS_YEAR = /今年|本年/;
/** This year as the object planned, not the time of the act: "去年12月底，乡党委会研究确定了今年民兵整组和征兵工作方案" (holdout739/05). */
const PLANNED_YEAR = /(研究|确定|部署|制定|审定|谋划|安排|明确|印发|下达)(了|好|出)?[^，。；]{0,2}(今年|本年)度?的?[^，。；]{0,16}(方案|计划|任务|要点|工作)/g;
/** A clause opened by a year ("2013年出台……"), not a span of years ("2022年以来"). */
const YEAR_OPENING = /^\s*(?:先后|分别|曾)?于?(20\d\d)年(?!以来|至今|来|起|底前|前|度)/;
/** The reporter's years in another post, opening the sentence: "任部长期间，我主持组建了……，牵头制定了……考核办法" (not this year's). */
const OTHER_POST_TIME = /^[^，。；]{0,4}(在|任|担任)[^，。；]{0,12}(部长|政委|[县区市镇乡旗]长|副书记|主任|局长|干事)(期间|时|的时候)/;
const EARLIER_CLAUSE = /[，,；;：:]\s*(?:先后|分别|曾)?于?20\d\d年(?!以来|至今|来|起|度)/;
/**
 * A figure an earlier year tags inside its clause ("基干民兵2025年42人，2026年待统计" in a report on 2026), not a comparison's base
 * ("比2025年增加15万元", "从2024年的8次提高到12次"), a date ("2025年12月") nor a time from which ("权重自2022年起提高到3%"). (A year opening its clause: see YEAR_OPENING.)
 */
const YEAR_TAGGED_FIGURE = new RegExp(`(?<![比较与同于至到从由自])(20\\d\\d)年(?:度|底|末)?(?![0-9一二三四五六七八九十]{1,2}月|以来|至今|来|起|开始|前|后|以前|以后)[^，。；：:0-9]{0,6}?(?:${quantityPattern('any').source})`, 'g');
/**
 * A clause's own time in brackets, an earlier year's: "……国防教育基地挂牌（2020年9月）", "走访慰问驻县部队（上年度）", or opening the
 * bracket that dates its items, "主持镇党委会专题研究武装工作4次（2024年3月民兵整组、5月征兵……）" in a report on 2025.
 */
const BRACKET_TIME = /[（(]\s*(?:(20\d\d)年(?:[0-9一二三四五六七八九十]{1,2}月)?(?:[0-9]{1,2}日)?(?=\s*[）)]|[^（）()]*[、，,；;][^（）()]*[）)])|(上一?年度?|去年|前年)\s*[）)])/;
/** An earlier decision carried into the period: "2023年12月县委常委会研究决定……，今年首次实施". */
const CARRIED = /(今年|本年)[^，。；]{0,4}(实施|执行|施行|推行|兑现|落地)/;
const FROM_MONTH = /[0-9一二三四五六七八九十]{1,2}月(份)?(起|开始)/;
/** What brings a later clause back to the period: "此后每年修订，目前……占5分", "1月起……实施", "已在3月底前全部安排". */
const BACK_TO_NOW = new RegExp(`此后|目前|现在|至今|如今|现已|${FROM_MONTH.source}|已(经)?(在|于)?[0-9一二三四五六七八九十]{1,2}月`);
// A pending marker whose clause says it came about ("……的设想已全部落实").
const CAME_ABOUT = /已(全部|经)?(落实|实现|完成|建成|到位|实施)/;
// "如果说有什么不足，那就是……": the announcement ends at the first clause break, not at a colon.
const ANNOUNCING_CLAUSE = /(?:^|[，,；;])\s*(如果说|要说|若说|如说)/;
/** A superior only as the one who set the task: "上级下达的62名征兵任务全部完成", "军分区赋予我县的民兵整组任务全部完成". */
const HANDED_DOWN = /^[^，。；]{0,10}(下达|赋予|交给|交办|分配|部署)给?(我们?|本)?[县市区镇乡]?的/;

/** A whole place named ("全县", "全区"): most sentences have none, and the whole above is asked only of those. */
const WHOLE_PLACE = /全[县区市旗]/;
/** A clause opening on its own time: a new account, not the whole place's carried on. */
const TIME_OPENING = /^\s*(今年|全年|年初|年中|年底|上半年|下半年|[0-9一二三四五六七八九十]{1,2}月)/;

/**
 * A clause of the leadership the place worked under: "在县委和县人武部领导下", "在市委的坚强领导和军分区的指导下". (Not a bureau's
 * support, whose work may be what follows: "在市退役军人事务局的大力支持下，全镇126名退役军人全部建档立卡", holdout304/12.)
 */
const UNDER_LEADERSHIP = /^在[^，。；]{1,30}(领导|指导|部署)下$/;
/**
 * A quota handed down, the level above the subject of its clause alone: "上级下达任务128名，送兵128名" — the figure after it is the
 * place's (holdout1005/02). (Not the quota met in the same clause, "完成上级下达的征兵任务".)
 */
const QUOTA_GIVEN = /^(?![^，。；]*(完成|送兵|征集|输送|实际|超额))[^，。；]*(下达|分配|赋予|下发)[^，。；]{0,12}(任务|指标|名额)/;
/** A whole opening a clause (the total after a quota is its own only when the whole is the place's), and the place's own by its level. */
const WHOLE_AT_START = /^(全省|全市|全州|全盟|全区|全县|全旗|全国)/;
const OWN_WHOLE: Record<AdminLevel, string> = { 县: '县|旗', 市: '市', 区: '区', 乡镇: '镇|乡', 街道: '街道' };
/**
 * The reporter's place or people opening a clause: "我镇将认真贯彻落实", "我们……", and a township's place word with 里 and an
 * adverb ("对各村的武装工作，镇里也纳入了年度考核").
 */
// (Or its share of the whole: "全县今年征集新兵286名，其中我镇输送新兵14名".)
const OWN_SIDE = new RegExp(`^\\s*(我们(?!${ABOVE_ORGAN})|我(县|市|区|镇|乡|街道|旗)|(镇|乡|街道)里(?!的|面|头)|其中(我|本)(镇|乡|街道|苏木))`);

/** The place by its kind doing its part, in a township's or a street's report: "街道做了场地和组织保障". */
const OWN_PART = /^\s*(镇|乡|街道|苏木)(也|还)?(做了|提供了|负责了|承担了)/;
/** A sentence whose subject is a sum or things given: "上级拨的钱……", "……补助的130万元……". */
const MONEY_SUBJECT = /^[^，。；]{0,16}的([0-9.一二三四五六七八九十百千]+\s*(万|亿)?元|钱|资金|经费|款项?|补助|器材|物资)/;
/**
 * The year's resolve in the reporter's voice, after another's work or an earlier time: "前任书记在任时协调解决了……。今年继续抓好
 * 专武干部队伍建设" (holdout730/02): it takes no other doer from the sentence before.
 */
const YEAR_RESOLVE = /^\s*(今年|全年|年内|本年度?)[，,]?\s*(我们|我)?(继续|坚持|始终|持续)(抓好|抓实|加强|做好|推进|重视|关心|抓)/;
/** A sentence summing up the faults before it ("以上问题，有客观原因，也有……") takes no subject from them. (Not "上述制度全年坚持落实"
 * after the deputy's routine: that goes on with the deputy.) */
const SUMMING_UP = /^\s*((以上|上述|这些)(问题|不足|差距|短板)|凡此种种|总之|总的来看|综上)/;

/** A document's name: "《锦泷县乡镇党委书记抓武装工作责任清单》". */
const BOOK_TITLE = /《[^《》]{1,60}》/g;
/** A document the plan will issue for the first time, not one it will revise or carry out ("修订完善《……》", "严格执行《……》"). */
const TO_BE_ISSUED = /(?<!修订|修改|完善|落实|执行|贯彻|对照|按照|依据|根据|严格)(?:正式|尽快|抓紧|研究)?(?:印发|出台|制定|下发|发布|颁布)《([^《》]{1,60})》/g;
/** A clause that hands the work to someone else, as a set-aside's cause: "由郑立平同志牵头", "由镇长负责". */
const HANDED_TO = /由(?!我|本人)[^，。；]{1,24}(负责|承担|牵头|主持|组织|带领|带队)/;
/** …and one that tells a rule kept, not a time it was done: "按照县人武部要求于每年4月完成", "规定每季度召开一次". */
const RULE_KEPT = /(要求|规定|制度)[^，。；]{0,12}每(年|月|季度?|半年)|每(年|月|季度?|半年)[^，。；]{0,12}(要求|规定)/;
/** …or named without the title marks: "二是研究出台党管武装工作考核评价办法，……". */
const TO_BE_ISSUED_BARE = /(?<!修订|修改|完善|落实|执行|贯彻|对照|按照|依据|根据|严格)(?:印发|出台|制定|下发|发布|颁布)([^，。；《》、]{6,30}?(?:办法|细则|规定|实施意见|制度|方案))/g;
/** A document's name without its trial mark or spaces: 《……办法（试行）》 is 《……办法》. */
const documentName = (title: string): string => title.replace(/[（(](试行|暂行|征求意见稿|草案)[）)]|\s/g, '');
/** Others' words filed with a report, by the heading or the label that names them (see othersWords). */
// (Not the reporter's answer to them: "一、督导评议意见整改情况", "巡察反馈意见整改落实情况", "一、对照评议意见抓整改，……",
// "一、聚焦评议意见，推动议军常态化".)
const OTHERS_WORDS =
  /(?<!(对照|聚焦|针对|根据|按照|落实|围绕|结合|回应|整改)[^，。；、]{0,8})(点评|评议意见|评议情况|评议发言|反馈意见|测评|感谢信|评语|考察意见|审核意见)(?!(意见)?的?(整改|落实|办理|答复|回应))/;
/** A reviewer's remark reported at a meeting: "刘振东处长在评议中指出，……", "县人武部政工科科长指出，……" (not the reporter's 述职指出). */
const OTHERS_REMARK = /^[^，。；我]{0,24}(处长|科长|部长|主任|政委|司令员|参谋长|副书记|县长|市长|区长|与会同志|专家|代表|委员)[^，。；我]{0,8}(?<!述职)(指出|提出|认为|建议|强调)[，,：:]/;
/**
 * A section headed by another body alone, as a report of the bodies' work side by side gives them: "（三）县退役军人事务局",
 * "（四）县委宣传部、县教育局" under "二、国防动员系统各单位工作情况". Its sentences tell that body's work.
 */
/**
 * The heading of a joint report's part that the 人武部's commander or commissar speaks ("第二部分 县人武部部长汪建国述职", "二、区人武部政委、
 * 党委书记履职情况", holdout675/03, 06); not the secretary's own, who heads the 人武部党委 as its 第一书记 ("区委书记、区人武部党委第一书记履职情况").
 */
const OTHER_SPEAKER = /^(第[一二三四五六七八九十]部分)?(?![^，。；]*([县市区旗]委书记|第一书记))[^，。；]{0,12}(人武部|武装部)(部长|政委)[^，。；]{0,16}(述职|履职情况|工作情况|汇报)$/;
/** The title of the 人武部党委's own account (not the first secretary's, nor one given at its meeting: "在市人武部党委全体（扩大）会议上的述职报告"). */
const ARMED_FORCES_COMMITTEE_REPORT = /^(?!.*书记)[^，。；]{0,12}(人武部|武装部)党委(?!全体|扩大|会)[^，。；]{0,16}述职报告$/;
/** In that account, the heading of the first secretary's part or of his committee's work: "五、第一书记履职情况", "二、市委抓保障、抓落实情况". */
const SECRETARYS_PART = /书记|^(?!.*(人武部|武装部))[^，。；]{0,6}([县市区旗]委|党委|党工委)/;
const BODY_HEADING = new RegExp(`^((县|市|区|旗|州)?(${BUREAU.slice(1, -1)}|委宣传部|委组织部|教育局|人武部|武装部|国防动员办公室)[、和及]?)+$`);
/**
 * A reviewer's remark set in brackets within the reporter's text: "〔点评：……〕", "（人武部点评：……）". (Not a drafter's 批注, which
 * tells a reviewer what the sentence is worth: "【批注：63户是区退役军人事务局……走访的……】".)
 */
const INLINE_REMARK = /[〔【\[（(]\s*[^〔〕【】\[\]（）()：:]{0,8}(点评|评议|评语)(意见)?\s*[：:][^〔〕【】\[\]（）()]*[〕】\]）)]/g;
const OTHERS_LABEL = /^\s*[【\[][^】\]]{0,12}(点评|评议|反馈|测评|意见)[^】\]]{0,4}[】\]]/;
const LAST_YEAR_OPENING = /^(去年|上一?年度?)(?!一年|以来|的一年|同期)/;
/** Last year's time as a clause of its own: "去年12月底", "去年冬季". */
const LAST_YEAR_TIME = /^\s*(去年|上一?年度?)[0-9一二三四五六七八九十]{0,2}月?份?(初|底|中旬|上旬|下旬|末)?(年底|年末|冬季|冬天|秋季|岁末)?$/;
/** What an outlook says of the times ahead: "……问题更加突出", "面临的形势". */
const TIMES_AHEAD = /(更加|日益|越来越)[^，。；]{0,4}(突出|艰巨|复杂|繁重|紧迫|严峻)|面临|形势/;
/** The year's share of a total told before it: "其中今年320万元". */
const YEAR_SHARE = /^\s*其中/;
/**
 * Last year's 述职, what was said there ahead of the year: "去年述职时，我提出了三项打算：……" (holdout931/11), whenever the report is written;
 * until a clause tells what was done since, not said then: "……，已全部兑现：……", "……提出意见，县委、县政府投入资金860万元完成……".
 */
const LAST_REPORT_TIME = /^\s*(去年|上一?年度?)的?(述职|述职评议)(会)?(时|上|中)?$/;
const SAID_THEN = /提出|承诺|表态|作出|指出|要求|意见|打算/;
const DONE_SINCE = /已|兑现|落实到位|全部完成/;
/**
 * An earlier year opening a sentence ("2022年，我每月……"), not one that runs on to now ("2022年以来"), nor the date of a document
 * whose demands the sentence goes on to answer for the period ("市委2021年印发的《……职责清单》列明12项职责，其中四项硬性要求落实如下：
 * 到市人武部办公全年11次……"; not "2021年出台的《……考核办法》继续执行"); any year opening it.
 */
const YEAR_AT_START = /^[^，。；]{0,4}?(?<!自|从)(20\d\d)年(?!以来|至今|来|起|[^，。；]{0,6}?(印发|制定|出台|修订|下发)的《[^》]{1,40}》[^。；]*(落实|完成|执行)(情况)?如下[：:])/;
const ANY_YEAR_AT_START = /^[^，。；]{0,4}?(20\d\d)年/;
/**
 * A thing built or formed in a year named after its name, opening the sentence: "县民兵训练基地一期于2019年建成并投入使用，县财政投入320万元"
 * in a report on 2020 (holdout1017/07) — its history, the money after it that year's. (Not with the year's own use or money told
 * after it: "……于2018年建成，全年接待参观……1.2万人次", "……于2019年建成，今年县财政追加投入80万元".)
 */
const BUILT_IN_YEAR = /^(?![^。]*(?:全年|今年|本年|年内|当年|追加|新增|提档|升级|改造|扩建))[^，。；]{0,16}?于(20\d\d)年[^，。；]{0,4}(建成|竣工|完工|落成|投入使用|成立|组建|挂牌)/;
/**
 * The second half of the year opening a sentence, after its point's label ("下半年，一是7月底前……"), or opening a later clause
 * ("……取得了一些成绩，但下半年还需在民兵训练、国防教育上下功夫", holdout699/09).
 */
const SECOND_HALF = /^\s*([一二三四五六七八九十]+是)?下半年|[，,；;]\s*(但是?|而|不过|可)?下半年/;
/** A completion still ahead, no past marker: "我将在一季度完成企业民兵点验" (holdout712/03); not a target, "力争年底前完成", "训练计划15天只完成7天". */
const DONE_AHEAD = /(将|要(?!求))[^，。；了已]{0,12}?(完成|实现)/g;
/** The items of a list after its intro's colon: "……三项工作：一是……", cut off to read the intro alone. */
const LIST_AFTER_COLON = /[：:]\s*(一是|第一[，,、]|1[.．、]|[（(]一[）)]).*$/;
/** The first item of a list after a year or a label: "，一是", "：1.", "（一）". */
const LIST_OPENING = /^[，,：:\s]*(一是|第一[，,、]|1[.．、]|[（(]一[）)])/;
/** A measure of what is to be done: a count, an amount, a share. */
const MEASURE = new RegExp(quantityPattern('any').source);
/** A thing to do told with 把, or a meeting to hold, as a spoken plan puts it (see ownPlanCue). */
const SPOKEN_ACTION = /把[^，。；]{2,}|开[一两二三几]?[次场个]?[^，。；]{0,4}会/;
/** A deadline right after a later year: "2021年3月前给器材库加装除湿设备" (holdout628/09), "2026年底前建成……". */
const DEADLINE = /^[，,]?\s*([0-9一二三四五六七八九十]{1,2}月(份)?(底|末|中旬|上旬|下旬)?|年底|年内|上半年|下半年|年中)(前|之前|以前)/;
/** The figures of a clause: amounts, counts, percentages (the matchers' own pattern), months and days. */
const FIGURES = new RegExp(`${quantityPattern('any').source}|[0-9一二三四五六七八九十]{1,2}月|[0-9]{1,2}日`, 'g');

/**
 * A measure that never went through ("未能上会", "没有通过", "被搁置") or still waits for it ("……的方案，目前正待市委编办、市财政局会签").
 * (Not what did not happen: "没有一名因体检复查不合格被退回" is the recruits kept.)
 */
const WITHDRAWN = /(未能|没能|没有|还没有?|尚未)(上会|通过|印发|出台)|未获(通过|批准)|(?<!(没有|没|未|无)[^，。；]{0,20})被(搁置|否决|退回)|(正待|尚待|仍待|还待|等待)[^，。；]{0,12}(会签|审批|批复|审议|审定|批准|上会)/;

/** Another duty that keeps the reporter away. */
const ABSENCE_REASON = '带队|外出|参加|防汛|防火|防台|台风|防寒|寒潮|地震|抗洪|抗灾|救灾|抢险|疫情|培训|学习|出差|开会|值班|值守|招商|保供|上级|春节|迎接|巡视|督查';
/** That duty given as the reason: "因带队外出招商", "因为抗灾". */
const BECAUSE_OF_DUTY = `因为?[^，。；]{0,4}(${ABSENCE_REASON})[^，。；]{0,12}`;
/** Not going where the routine says: "未去", "未能按期前往". */
const NOT_GONE = '未去|没去|(未能|没能)(按期|按时|如期)?(前往|到部|去|参加|成行)';
/**
 * An absence explained by another duty, on the record of the work: "5月因带队外出招商未去", "3月因防汛值守未能到部", "8月因为抗灾缺了一次",
 * "1月因防寒保供未能按期前往", "1月因在县里参加培训未到".
 */
const EXPLAINED_ABSENCE = new RegExp(`${BECAUSE_OF_DUTY}(${NOT_GONE}|未到(?!位)|没到(?!位)|没有去|缺了?[一1两2]?(次|回))`);
/**
 * The money's arrangement told plainly, no budget line of its own and where the money comes from instead: "镇里没有单列武装经费，
 * 武装部日常开支在党政办公用经费中列支", "武装工作经费由县人武部和国家公园管理站支持，乡里没有另行安排" (holdout992/10, 1012/11) — a fault
 * only under the faults' heading.
 */
const MONEY_ARRANGED = /(没有|未)(单列|另行安排|单独安排|专门安排|单独列支)(?=[^。]*(列支|由[^，。；]{0,16}(支持|保障|解决|承担|负担)))|(列支|由[^，。；]{0,16}(支持|保障|解决|承担|负担))[^。]*(没有|未)(单列|另行安排|单独安排|专门安排)/;
/**
 * A step of the work's progress told among the year's work, what is still to come after it: "镇武装部办公室改造已启动，资金已向县人武部申请，
 * 尚未到位" (holdout1017/03) — outside the faults' heading no fault owned; not one told as a loss ("……但至今尚未到位，影响了训练").
 */
const PENDING_STEP = /(已经?|正在)[^，。；]{0,12}(申请|申报|报送|上报|报批|报审|启动|对接|争取)(?![^。]*(但|却|至今|影响|导致|耽误|只能|压缩|迟迟|过去了|无法|不得不))[^。]*?(尚未|还未|暂未|还没有?)(到位|拨付|下达|批复|到账)/;
/**
 * Work the year's disaster put off or changed, told among the year's work: "年度集中训练因汛期取消，改为……分散训练，参训1420人",
 * "原定8月的民兵集训因台风推迟，年底前完成", "民兵整组因地震推迟到11月完成" (holdout1023/02, 03, 12) — the year's account, no fault owned.
 * (Not work never done after it: "年度民兵点验因防汛推迟，至今未进行".)
 */
const PUT_OFF_BY_DISASTER = /因[^，。；]{0,8}(汛期|汛情|防汛|抗洪|洪水|洪涝|台风|地震|抗震|疫情|火灾|火情|雪灾|冰冻|抗灾|救灾)[^，。；]{0,6}(取消|推迟|顺延|延期|暂缓|延至|改为|调整)(?![^。]*(至今|仍然?|还|一直)(未|没有?|尚未))/;
/** An absence, and its reason given in the clause after it: "……有2个月未到人武部办公，是因为3月参加……研讨班学习". */
const ABSENT = new RegExp(`${NOT_GONE}|未到|没到|缺席`);
const REASON_AFTER = new RegExp(`^[，,]\\s*(是|主要是)?因为?[^，。；]{0,12}(${ABSENCE_REASON}|研讨)`);
/** ... or in the clause before it: "10月因迎接省委巡视，未能到部办公". */
const REASON_BEFORE = new RegExp(`${BECAUSE_OF_DUTY}[，,]\\s*$`);

/** What a duty or a check ought to hold: "街道党工委书记履行党管武装职责应包括：一是……", "考评内容应包括：" (the form a list of requirements takes under the plans' heading). */
const RULES_OUGHT = /(应|须|应当|必须)包括\s*[：:]/;
/**
 * A list of duties or requirements announced ("清单对街道党工委书记明确了以下十项职责：", "省里的规定有五条要求：", or RULES_OUGHT): its
 * items say what is required, not what was done. (Not work done to a requirement: "按照要求，完成了以下任务：".)
 */
const RULES_LISTED = new RegExp(`(明确|规定|列明|列出|载明|提出|要求)了?[^。；：:]{0,20}(职责|要求|任务|责任|标准|规定)[^。；：:]{0,4}[：:]|${RULES_OUGHT.source}`);
const DONE_TO_RULES = /完成|抓了|做了|开展了|落实了|取得/;
/** The announcement alone, its items on the lines after it. */
const RULES_ANNOUNCEMENT_ALONE = new RegExp(`(${RULES_LISTED.source})\\s*$`);
/** The points starting right at a colon. */
const POINTS_AT_COLON = new RegExp(`^${POINTS_OPENING.source}`);
/** Targets set for the year, listed after their colon ("……研究确定了全年党管武装工作目标：……办公12次，……", "全年目标：基干民兵整组60人"). */
const TARGETS_LISTED = /目标(任务)?(是|为)?\s*[：:]/;
/**
 * …or the year's arrangements, in the sentence that lists them ("年初我对全年党管武装工作作了安排：全年到县人武部办公12次，……"); the
 * sentences after it may tell what was done ("主持市委常委会议军2次，3月研究……"). (Not money arranged, "全年武装工作经费安排如下：":
 * allocated.)
 */
const ARRANGED = /(年初|全年)[^。：:]{0,20}(作了|作出|做了|制定了|定下)[^。：:]{0,8}(安排|计划)(是|为|如下)?\s*[：:]/;
/** …unless the sentence tells what came of them: "目标送兵30名，实际送兵26名", "上半年已到人武部办公3次", "县委常委会上半年听取了人武部工作汇报". */
const TARGET_MET = /实际|完成了|已完成|全部完成|超额|实现了|达到了|(上半年|今年|目前|截至[^，。；]{0,8})已|(听取|召开|主持|组织|开展|举办|走访|慰问|拨付|投入|追加)了/;
/**
 * A table of targets or tasks with their deadlines and no column of what was done: "序号｜工作内容｜完成时限｜责任单位" (not one of
 * 指标, which are measures: "指标｜2023年｜2024年｜增幅").
 */
const TARGET_COLUMN = /时限|完成时间|计划时间|目标/;
/** The line introducing a table of what was asked for, not given: "人武部提出的经费需求如下：". */
const NEEDS = /(需求|申请|申报)[^，。；]{0,8}(如下|见下表|清单|明细)/;

/** An answer in a report written as questions and answers. */
const ANSWER = /^\s*答[：:]/;

/** Something starting in a year: "从2024年1月起", "自2026年1月1日起". */
const LATER_START = /(?:从|自)(20\d\d)年[^，。；]{0,8}起/;
/** A plan cue opened by a year and not by the reporter: "2022年将……" (将 may be 把), not "2024年，我将……". */
const YEAR_CUE = /^(20\d\d)年(?![，,]?我)/;
/** A decision just before what it sets: "……常委会决定，", "研究确定". */
const DECIDED_BEFORE = /(决定|议定|确定|明确|审议通过)[，,：:]?\s*$/;
/** A document issued: "12月已印发《……考核办法》". */
const ISSUED = /(印发|下发|出台)了?[^，。；]{0,4}《[^》]{2,40}》/;
/** The reporter disowning what the sentence tells: "不作为本人述职内容", "不列入本人述职". */
const DISOWNED = /(不作为|不列入|不计入|不算作?|不属于)(本人|我)(的|个人)?(述职|履职|工作|成绩)/;
/** A facility by its name: "县国防教育主题公园", "洋圩港区民兵哨所", "区民兵训练基地". */
const FACILITY = /([一-龥]{2,10}?(主题公园|公园|训练基地|基地|哨所|服务站|服务中心|展馆|展厅|纪念馆|教育馆|营区|器材库|训练场|驿站))/g;
/** Built, or settled: "建成", "已落实". */
const BUILT = /建成|建起|落成|竣工|完工|投入使用|已落实|已建/;
/** To be started: "开工", "选址", "用地" (not to be finished or extended: "年底前实现村级服务站建设全覆盖"). */
const TO_BUILD = /开工|动工|开建|启动|选址|用地/;
const NOT_STARTED = /(尚未|还没有?|未能?|没有)[^，。；]{0,4}(开工|动工|开建|启动|建成|落地)/;
/** The clauses after it that only tell its money or its purpose: "，投入镇级资金15万元", "，打造全民国防教育新阵地". */
const MONEY_AFTER = /^[，,]\s*((投入|投资|花费|使用)[^，。；]{0,12}[0-9.]+\s*(万|亿)?元|打造|成为|形成|为全|让|使)[^。；]*[。；]?\s*$/;
/** Two names of one facility: five characters or more end both ("国防教育主题公园", "县国防教育主题公园"; not "训练基地" alone). */
const sameFacility = (a: string, b: string): boolean => {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k >= 5;
};
/** A year named: "2022年". */
const YEAR_NAMED = /(20\d\d)年/g;
/** A clause that only tells what a thing is expected to cost: "预算8万元左右", "估算投资约30万元" (not money put in, "投入12万元"). */
const BUDGET_ONLY = /^\s*(总)?(预算|预计|估算|概算|约需|需要|需)(投资|投入|资金|经费)?(约|大约|近)?[0-9.]+\s*(万|亿)?元(左右|上下)?\s*$/;
/**
 * The sentence after one that tells money put into a work, saying the work waits to start: "目前已完成设计方案，待2023年镇财政预算
 * 安排后动工", "该项目尚未开工". (Not another part of it: "二期工程尚未开工".)
 */
const WAITS_TO_START = /^(?![^。；]*(二期|三期|其余|其他|剩余|另外|部分))[^。；]{0,24}?((待|等)[^。；，,]{1,24}?(后|以后|之后)?再?|(尚未|还未|还没有?|暂未))(动工|开工|开建|施工|实施|启动建设)/;
/** Money put into a work: "投入15万元对……进行改造提升". */
const MONEY_PUT_IN = /(投入|投资|安排|拨付|花费|使用)[^，。；]{0,12}[0-9.]+\s*(万|亿)?元/;
/** A clause telling what was decided to start then: "决定从2026年1月起每月增加500元". */
const DECIDED_START = /^\s*(研究)?(决定|确定|明确|议定)(从|自)20\d\d年/;

/** Some of a group at a sentence's start, after its point's number: "二是部分民兵……", "个别村……" (not "部分工作……", the reporter's). */
const SOME_OF_THEM = /^\s*([一二三四五六七八九十]+是|[（(]?[0-9一二三四五六七八九十]{1,2}[）)、.．])?\s*(个别|少数|部分|有的|一些|不少)(?!时候|时间|工作|方面|地方|环节|领域|任务|项目|制度|措施)/;

/**
 * A clause that takes back the one before it, with nothing of its own: "年初说要帮武装部解决一件实事，也没有落实", "与武装部长专门谈心谈话，
 * 今年一次也没有", "每月到武装部办公和每季度议军，我没有做到".
 */
// (Or not looked after at all: "国防教育、专武干部队伍建设，今年我基本没有过问"; or the people it was for kept from it: "县人武部今年
// 组织的两次专武干部集训，我镇专武干部都没去成", holdout799/07.)
const UNDONE_AFTER = /^\s*(今年|全年)?(我们|我|本人)?(但|可|却|也|都|还|至今|一直|到现在|到年底|今年|全年|基本|几乎)*\s*((没有|没|未能?|尚未)(能)?(在年内|年内|按期|如期)?(落实|落地|兑现|办成|办|完成|实现|解决|做到|到位|开展|召开|开成|谈|去|过问|管过|问过|抓过)(了|过)?|[^，。；]{0,8}(干部|民兵|人员)(都|全|均)?(没|没能|未能)(去成|参加成)|(一次|一回|1次)也?(没有|没)(过|谈|去|开)?)\s*[。；]?$/;

/**
 * The items set apart from the rest, which is done: "除民兵训练基地建设和专武干部轮训两项外，其余均已完成", "除应急排集中训练因汛期未能开展外，
 * 其余民兵工作均已完成". Not what comes beside the rest, both done: "除完成征兵任务外，还组织了……".
 */
const SET_APART = /(除了?[^，。；]{1,40}?(?:以外|之外|外))(?=\s*[，,]?\s*(?:其余|其他|其它|余下|剩下|剩余|别的)?[^，。；]{0,8}?(?:均|都|全部|皆|基本|已经|已)(?!有))/g;

/**
 * A sentence opening on the new year, in a report written in it (see writtenNextYear). (Not 今年以来, which such reports mostly
 * write of the year reported: "今年以来，我认真履行第一书记职责" in a report dated 2022年1月.)
 */
const NEXT_YEAR_OPENING = /^\s*(今年[1一元]月|本月(?!份?以来)|新年以来|新年伊始|元旦以来|元旦(后|过后))/;
/** The year after opening a sentence, no word of intent: "明年春节前，我带队走访慰问了……" (in a report written after its year, its 今年). */
const NEXT_YEAR_TOLD = /^\s*明年(?![^。]*(将|要|计划|打算|力争|争取|拟|准备|确保|继续|进一步))/;
/** A heading of the new year's work: "新年以来的工作", "元旦以来", "开年以来". */
const NEW_YEAR_HEADING = /新年以来|元旦以来|开年以来|新年伊始|进入新的一年/;
/** A heading of the next year's plans, which names that year too: "2024年工作打算", "2024年的思路". */
const PLAN_HEADING_WORDS = /打算|计划|思路|设想|安排|目标|任务|重点|措施|展望|努力方向/;

/**
 * A memory opening the sentence, of an earlier year or of earlier days: "我记得1998年那场大水，我还是县委办的一名干事，跟着民兵在……
 * 大堤上守了七天七夜", "我还记得刚到区里工作那年，老武装部长带我去看民兵训练" (holdout1007/10, 04). Its year, if it names one, is
 * checked against the report's. (Not "那次" or "那时" alone: "我还记得那次7月台风，我带着60名基干民兵……" is the year's month.)
 */
const MEMORY = /^[^，。；]{0,6}(?:还|至今|一直|始终|依然|仍然)?记得[^，。；]{0,16}(?:那年|那一年|当年|((?:19|20)[0-9]{2})年|小时候|年轻时|刚参加工作|刚到|刚来)/;
/**
 * A time before the period opening a clause: the place's history ("抗日战争时期全县2.1万名青年参加八路军，新中国成立以来累计向部队输送
 * 兵员3.6万余名", holdout680/03) or a past plan's years ("“十四五”期间，全县累计向部队输送合格兵员一千余名", holdout681/07).
 */
const EARLIER_TIME = /(?:^|[，,；;：:])\s*(?:(?:早在)?(?:抗日战争|抗战|解放战争|抗美援朝|土地革命|革命战争|战争|大革命)(?:时期|期间|年代)|(?:新中国成立|建国|建政|改革开放|恢复征兵(?:制度)?|建县|设县|建区|建市|有史)(?:以来|之初)|历史上|[“"]?十[一二三四]五[”"]?(?:规划)?(?:期间|以来|时期))/;

/**
 * A total since an earlier year opening the sentence: "2020年以来，……累计投入……"; or over years from one: "2017至2019年，镇财政累计投入……48万元"
 * (holdout921/12; not a 年度 that spans the new year, "2023—2024年度冬春训，全县共计组织……").
 */
const SINCE_TOTAL = /^\s*([0-9]{4})(年(以来|来)|年?\s*(至|到|—|－|-|~|～)\s*[0-9]{4}年(?!度))[^。]*(累计|共计|总计)/;

/** A total over recent years or to date, the year's share not told: "近五年，街道累计……", "截至目前，街道累计投入……46万元" (not "截至年底，全年累计……"). */
const TOTAL_SINCE = '(?![^。]*(全年|今年|本年))[^，。；]{0,16}(累计|共计|总计)';
const RUNNING_TOTAL = new RegExp(`^\\s*((近|最近|过去)[两三四五六七八九十0-9]+年(来|以来)?|截至(目前|现在|今年底|年底|本年底))\\s*[，,]?${TOTAL_SINCE}`);
/**
 * …opening a later clause, which it governs to the sentence's end: "县委把寨梁革命纪念馆作为……主阵地，近年来累计投入1.2亿元……" (holdout836/03).
 * (Also 近年来 without a count; not 截至年底, the year's own.)
 */
const RUNNING_TOTAL_LATER = new RegExp(`[，,；;]\\s*((近|最近|过去)[两三四五六七八九十0-9几]*年(来|以来)?|截至(目前|现在))\\s*[，,]?${TOTAL_SINCE}`);

/**
 * A total over the reporter's years in office or over several years, the year's share not told: "任职以来，……累计到区人武部办公40余次",
 * "三年来，镇财政先后投入……" (holdout706/04), "……建设跨越三个年度，区财政共计安排1050万元" (706/07). The report's year only when the
 * reporter came in it, or the report is a term's.
 */
const TENURE_TOTAL = /^[^，。；]{0,6}?(任职以来|主政以来|到任以来|上任以来|履职以来|任职[两三四五六七八九十0-9]+年(来|以来)|(这)?[两三四五六七八九十几多]+年(来|以来)|这些年来?)(?![^。]*(全年|今年|本年))[^。]*?(累计|共计|总计|先后)|(跨越?|历时|分)[两三四五六七八九十0-9]+个?(年度|年)(?![^。]*(全年|今年|本年))[^。]*?(累计|共计|总计)/;
/** A total counted from the reporter's own coming ("任职以来"): the year's own when the reporter came in it. */
const SINCE_OFFICE = /^[^，。；]{0,6}?(任职|主政|到任|上任|履职)/;

/** A clause that spells out the rule the clause before follows ("按照县委关于……的要求，即每月……"; not "落实……的要求，即……"). */
const RULE_SPELLED = /^\s*即/;
const RULE_NAMED = /(按照|根据|依照|对照)[^，。；]*(要求|规定)\s*$/;
/**
 * A rule's source in a clause of its own, its duty in the clauses after it: "按照规定，专武干部要配齐配强、专职专用", "上级明确，
 * 党管武装工作要纳入各级领导班子……考核" (holdout665/12). (The reporter's own committee's word, "区委明确，……", is not named here: what it
 * directs is read as directives are, see cues.notDone.)
 */
const RULE_SOURCE = /(按照|根据|依照|对照)[^，。；]*(要求|规定)\s*$|^\s*(上级|规定|有关规定|《[^》]{1,40}》)(明确|要求|规定|强调)?\s*$/;
const OBLIGED = /^[^，。；]{0,16}?(?<![主需重只还也想必])要(?!求|说|是|不|么|靠|看|讲|数|闻|点)/;
/**
 * The post's duty by its frequency after the rule's source: "按照县委……责任清单要求，乡党委书记每季度到武装部办公1次、……" (holdout1005/07);
 * POST_EVERY is also read by RULE_SPELLING, the one-test gate below.
 */
const POST_EVERY = '(各)?(乡镇?|镇|街道|县|区|市|旗)?(委|党(工)?委)?(第一)?书记[^，。；]{0,4}每';
const POST_DUTY = new RegExp(`^\\s*${POST_EVERY}(个)?(月|季度|半年|年)`);
/** …unless the sentence tells the year's count or keeping of it: "……，全年召开4次", "……，全年没有间断". */
const YEAR_KEPT = /(全年|共|累计|实际|今年)[^，。；]{0,6}[0-9一二两三四五六七八九十]+\s*次|(全年|一年来)[^，。；]{0,4}(没有|未|从未)(间断|中断)/;
// (Both in one sentence, for notDoneClauses' one test that lets most sentences through unread.)
const RULE_SPELLING = new RegExp(`(按照|根据|依照|对照)[^，。；]*(要求|规定)\\s*[，,]\\s*(即|${POST_EVERY})|(规定|要求|明确)\\s*[，,：:][^。；]*要(?!求)`);

/** The mark a drafter leaves after a sentence to strike it. */
const STRUCK = /^\s*[（(【\[]\s*(删|删除|删去|拟删|此句删除|建议删除)\s*[）)】\]]/;

/** Two clauses of some length: a statement, not a topic. */
const STATEMENT = /[^，。；,;]{4,}[，,；;][^，。；,;]{4,}/;

/** A sentence ending in a semicolon, with more of its list after it. */
const ITEM_END = /[；;]\s*$/;

/** A later time opening a clause: "明年春季征兵前将……", "下一步将……". */
const NEXT_TIME = /^\s*(明年|下一步|下步|今后|来年|接下来)/;

/** A numbered caption of a table or a figure, a line of its own: "表1　“四个一”落实情况", "附表2：经费明细". */
const CAPTION = /^\s*(附表|表|图)\s*[0-9一二三四五六七八九十]{1,2}(?![0-9])[^。；，,]{0,36}$/;

/** The label of a remedy in a problem list: "整改措施：". */
const REMEDY = /^(整改|改进)(措施|方向|计划|打算|思路)[：:]/;

/** Verbs whose object the actor after them is: "协调……", "听取……", "推荐他参加了县里的专武干部培训", "送武装部长参加县人武部集训". */
const LEAD_VERBS = '协调|组织|带领|率领|邀请|参加|出席|列席|主持|召开|听取|了解|走访|慰问|看望|支持|发挥|配合|帮助|完成|落实|执行|承担|接受|争取|申请|报请|请求|推荐|推选|选派|送|提拔|表扬|鼓励|关心';

/**
 * The one the sentence before is about, now the object: "镇武装部长李国华同志是退役军人，工作扎实。今年推荐他参加了县里的专武干部
 * 培训": the dropped subject is someone else, the reporter.
 */
const PRONOUN_OBJECT = new RegExp(`(?:${LEAD_VERBS}|安排|让|叫|派|请|找|给|帮|为|对|向|与|和|跟|同)(他|她)(?![们人])`);

/** The cues as regular expressions, compiled once per rubric (the judge itself is made per report). */
function compileCues(cues: Cues) {
  const compile = (list: string[]) => list.map((s) => new RegExp(s, 'g'));
  // One pattern for a list; an empty list (a rubric may clear one) matches nothing, not everything.
  const anyOf = (list: string[]) => new RegExp(list.length ? list.map((c) => `(?:${c})`).join('|') : '(?!)');
  // An actor at a clause's start: "副书记坚持……", "每季度由人武部政委主持……"; not after 对/向/按照/根据 ("按照上级要求，……").
  // Superiors and other places only as the very subject ("省军区下拨……", "明年全省将……"), not "完成上级下达的任务".
  // (Nor after 协调/组织/带领/听取/主持…, a count between at most: "协调相关部门为人武部解决……", "组织县委常委到县人武部过军事日",
  // "组织18个乡镇党委书记……述职评议" (holdout1009/10), "定期听取人武部党委……汇报", "主持召开人武部党委会" are the reporter's acts; so is
  // "争取上级……资金", whose subject is not 上级.)
  // (Also with the place before the actor, by its name too: "每月听取镇武装部长工作汇报1次", "组织城关镇武装部长在县实验小学上国防教育课".)
  const lead = (chars: number, actors: string) => `^[^，。；在对向为给与跟同和帮带率及按照据找叫让派]{0,${chars}}?(?<![对向为给与跟同和帮带率及在照据找叫让派]|(?:${LEAD_VERBS})(?:[0-9一二两三四五六七八九十]+个)?(?:[一-龥]{0,4}(?:县|市|区|镇|乡|街道|旗))?)(${actors})`;
  const people = cues.otherActors.join('|');
  const places = cues.outsiders.join('|');
  return {
    plan: compile(cues.plan),
    planWeak: compile(cues.planWeak),
    past: anyOf(cues.past),
    doneUnderPlans: anyOf(cues.doneUnderPlans),
    shortcoming: compile(cues.shortcoming),
    anyShortcoming: guardedTest(anyOf(cues.shortcoming)),
    notShortcoming: compile(cues.notShortcoming),
    anyNotShortcoming: anyOf(cues.notShortcoming),
    // "对各级党委……考核", "和人武部部长一起", "我找武装部长老周……谈了一次心", "让她去县里参加了专武干部培训": the other person is an object or a companion, not the subject.
    otherStart: guardedTest(new RegExp(`${lead(6, people)}|${lead(2, places)}`)),
    outsiderStart: guardedTest(new RegExp(lead(2, places))),
    notDone: guardedTest(anyOf(cues.notDone)),
    notDoneHere: guardedTest(anyOf(cues.notDoneHere)),
    // Those anchored at a clause's start ("如果……", "去年……") govern the whole sentence when they open it.
    notDoneAtStart: guardedTest(anyOf(cues.notDone.filter((c) => c.startsWith('^')))),
    // "要求各乡镇党委书记……", "区委明确由区委副书记……每月到人武部办公".
    // (Not 动员/号召: "动员其报名参军" is the reporter's recruiting.)
    // (And a department given the lead: "拥军优属工作由区退役军人事务局牵头，春节走访慰问军属五百余户"; not by the reporter's own
    // decision, "会上明确由县发改局牵头做好训练基地前期工作". Or the armed department given it: "征兵工作由区人武部牵头、各街道具体负责，
    // ……定兵143名", holdout971/05.)
    otherDirected: new RegExp(`(要求|督促|指导|推动|责成|安排|指定|由|委托|交给|交由)[^，。；]{0,4}(其|${people})|(?<!(明确|决定|确定|责成|安排|要求|指定)[^，。；]{0,2})由(县|市|区|旗|州)(${BUREAU}|人武部|人民武装部|武装部)(?=[^，。；]{0,4}(牵头|负责|承办|主办|实施))`),
    // The work handed to someone else: "将由新任县委书记统筹谋划", "征兵工作我委托县委副书记周建荣同志牵头抓总".
    // (Not a part of it, the rest the reporter's: "全年到市人武部办公10次（其中2次由市委副书记刘振国代为）".)
    // (Or to a department: "春节和八一期间的走访慰问工作交由区退役军人事务局办理".)
    handedOver: new RegExp(`(?<!其中[^，。；]{0,8})(由|委托)[^，。；]{0,4}(${people})|交由(县|市|区|旗|州)${BUREAU}`),
    // …or by the reporter, opening the clause: "征兵这块儿，我交给县长王海了", "我把民兵整组委托给副书记".
    handedByMe: new RegExp(`^[^，。；]{0,3}(我|本人)[^，。；]{0,10}?(交给|交由|委托给?|托付给)[^，。；]{0,4}(${people})`),
    // The reporter named (我, 本人, as the rubric writes them) at a clause's start.
    selfStart: new RegExp(`^[^，。；]{0,3}?(${cues.selfActors.filter((a) => /^(我|本人)/.test(a)).join('|')})`),
    selfAnywhere: anyOf(cues.selfActors),
    selfAll: new RegExp(anyOf(cues.selfActors).source, 'g'),
    speech: cues.speech.map((s) => new RegExp(s)),
    answer: cues.answer.length ? anyOf(cues.answer) : null,
    background: cues.background.length ? guardedTest(anyOf(cues.background)) : null,
    empty: cues.empty.length ? anyOf(cues.empty) : null,
    sectionWords: new RegExp(`${cues.planHeadings}|${cues.shortcomingHeadings}`),
    planActions: new RegExp(cues.planActions),
  };
}

const compiled = new WeakMap<Cues, ReturnType<typeof compileCues>>();

/**
 * The reporter's own committee, by the report's level: "县委对此重视不够" is the reporter's fault in a county's
 * report, and "县委主要负责同志" the reporter himself; in a township's report they are a superior.
 */
const OWN_COMMITTEE: Record<AdminLevel, string> = { 县: '县委', 市: '市委', 区: '区委', 乡镇: '[镇乡]?党委', 街道: '(街道)?党工委' };
/** Not its members or offices (县委常委, 县委办); its 常委会 at work is the committee: "今年1月，县委常委会审定《……办法》". */
const NOT_THE_COMMITTEE = '(?!常委(?!会)|书记|副书记|办|组织部|宣传部|统战部|政法委|党校|委员)';

/**
 * The committee, government and treasury a level above, as a clause's subject acting on the reporter's place (see
 * towardUs in committeeOf): "市委把党管武装工作纳入对各县的考核，占4分", "市财政下达我县人武部营区改造专项经费150万元" are the superior's
 * in a county's report. (For a 市 only the 州, 盟 or 省 above it: a county-level city's superior may also be a 市, and a city never
 * calls itself by theirs.)
 */
const SUPERIOR: Partial<Record<AdminLevel, string>> = { 县: '(市|州|盟)', 区: '市', 市: '(州|盟|省)', 乡镇: '(县|区|市)', 街道: '(区|县|市)' };
/**
 * The whole of the place a level above, as a clause's subject: "今年全市征兵工作圆满完成，共输送新兵2680名" in a district's report
 * is the city's result (a 区 is part of its 市), "全县……" in a township's the county's. (Not for a 县: a county's report that
 * says 全市 of itself, copied from a city's, is the level finding's concern.)
 */
const WHOLE_ABOVE: Partial<Record<AdminLevel, string>> = { 区: '全市', 乡镇: '全(县|区|市|旗)', 街道: '全(区|市)' };

/**
 * What may stand before a clause's subject: a point's label, a date or an occasion ("四是今年市县两级投入……", "2023年全县共征集新兵86名",
 * "春节前县领导到我镇慰问军属10户"), and 在 before the level
 * above at its work on the reporter's place ("在区委对街道的年度考核中，武装工作占3分，我街道连续两年得满分").
 */
const CLAUSE_OPENING = `^([一二三四五六七八九十]+是)?(20[0-9]{2}年度?|今年|全年|当年|去年|年初|年内|年中|年底|[0-9一二三四五六七八九十]{1,2}月(份|初|底|中旬)?|${OCCASION}${AROUND_OCCASION}?)?\\s*在?`;
/**
 * A township or a street named at a clause's start with the year's figures after it, as a report copied from a neighbour's keeps
 * them: "石门镇全年输送新兵9名" (not where, "在石门镇召开……", nor a visit, "每月到镇武装部办公1次"); or its committee acting,
 * "上坪镇党委把武装工作纳入村（社区）年度综合考核" in 下坪镇's report (holdout645/04); or its militia sent to help, its county or
 * district named before it, "蔺山县石坳乡出动民兵35人赶来协助扑救" in a neighbour's report (holdout795/11).
 */
// (Or its committee holding to the work: "杏埠镇党委始终把武装工作摆在重要位置" in another town's report, holdout837/08.)
const TOWNSHIP_OPENING = new RegExp(`${CLAUSE_OPENING}(?<!在)(?:(?!在)[一-龥]{2,3}(?:县|区|市))?(?<place>(?:(?![到去赴每是了全各本我该的和与及在])[一-龥]){2,3}?)(镇|乡|街道)(?=全年|今年|当年|年内|共|累计|[0-9]|(出动|派出|抽调|支援)[^，。；]{0,6}民兵|(党委|党工委)(?=把|将|对|安排|拨付|下拨|投入|出资|筹措|为|给|年内|今年|全年|共|累计|[0-9]|始终|先后|坚持))`);
/**
 * The same in a county's or a district's report, another county, district or banner: "蓼川县把国防教育纳入全县干部教育培训规划" in 岚西区's
 * report (holdout837/06), "柘岭县已在全部乡镇实行专武干部专职化" held up as an example (holdout989/06). (Not the zones within the place:
 * "经开区", "景区", "城区", "工业集中区" (holdout779/06), "集镇区", "步行街区"; nor its committee, "近年来县委把……", where no name can
 * be told from the words before it.)
 */
const COUNTY_OPENING = new RegExp(`${CLAUSE_OPENING}(?<!在)(?!咱们|这个|那个|两个|几个)(?<place>(?:(?![到去赴每是了全各本我该的和与及在])[一-龥]){2,3}?)(?<!开发|高新|经开|工业|产业|示范|保护|风景|管理|度假|旅游|保税|综保|自贸|责任|服务|集中|功能|核心|试验|先行|合作|物流|商务|口岸|边合|[新园城景库矿林牧社辖小市片校山老垦镇街])(县|区|旗)(?=全年|今年|当年|年内|共|累计|[0-9]|把|对|已|在|率先|先后)`);
/** The reporter only present at what follows, which is then the level above's own: "参加区委、区政府……座谈会", "参加全区……活动". */
const ATTENDED = '((参加|出席|列席)了?)?';
/** The committee's own departments (see committeeOf's organ). */
const ORGANS = '(组织部|宣传部|编办|编委办)';

/** The level's own word, as a superior names the places it acts on: "各县（市、区）", "下达我县". */
const PLACE: Record<AdminLevel, string> = { 县: '(县|旗)', 市: '市', 区: '区', 乡镇: '(镇|乡|苏木)', 街道: '街道' };

const committees = new Map<AdminLevel, ReturnType<typeof committeeOf>>();

/** Compiled once per level, not per report. */
function ownCommittee(level: AdminLevel | null) {
  if (!level) return null;
  let committee = committees.get(level);
  if (!committee) committees.set(level, (committee = committeeOf(level)));
  return committee;
}

function committeeOf(level: AdminLevel) {
  const own = OWN_COMMITTEE[level];
  const superior = SUPERIOR[level];
  const belowCounty = level === '乡镇' || level === '街道';
  return {
    // At a clause's start, as the subject; so is the level's own treasury or government ("市财政也安排了相应的日常经费", "在此基础上
    // 县财政又追加安排……" after "今年省里下达……补助260万元。": the county's, not the province's carried over).
    // (Its meetings named alone too: "……交给分管领导，党委会只研究了两次".)
    // (And a township's or a street's place word with its year's account, or a time of it: "全区征兵任务圆满完成，街道今年输送新兵7名",
    // "……。市人社局为辖区12名退役士兵开展技能培训。街道春节期间走访慰问军属"; and the place's
    // own word for itself deciding or acting on the level above's plan, "县里规定武装工作在乡镇年度考核中占5分" in a county's report,
    // "市里按照州里的统一部署开展了国防教育月活动" in a 县级市's (holdout758/02); the committee after an occasion or a
    // month, "……县退役军人事务局全年发放……；八一期间县委也组织了走访慰问"; the level's own budget after the superiors' money,
    // "省军区下拨民兵装备经费25万元已全部到位。县本级武装工作经费纳入财政预算", holdout664/04.)
    start: new RegExp(
      `^(在此基础上|此外|另外|同时)?(${OCCASION}${AROUND_OCCASION}|[0-9一二三四五六七八九十]{1,2}月(份|初|底|中旬|下旬|上旬)?)?[^，。；]{0,3}?((${own})${NOT_THE_COMMITTEE}|${PLACE[level]}(本?级)?(财政|政府)(?!办)|${PLACE[level]}本级|${superior ? `(?<!${superior}委)` : ''}常委会|党委会|党工委会|${PLACE[level]}里(?=规定|明确|决定|研究|出台|制定|印发|拿出|配套|追加|按照|根据|结合|组织|开展|召开|举办)${belowCounty ? `|${PLACE[level]}里?(?=今年|全年|本年|年内|共|累计|春节|八一|元旦|国庆|[0-9一二三四五六七八九十]{1,2}月)` : ''})`,
    ),
    // The level above at a clause's very start (after a date at most): "在市委……领导下", "按照市委部署" name no actor.
    // ("今年市县两级投入民兵应急装备经费860万元，我镇……" in a township's report.)
    // The work handed to a body of the level above: "镇专武干部今年3月由县人武部、县委组织部调整到位"; its money paid by the level
    // above's treasury: "……总投资2400万元由市财政予以保障" in a district's report (holdout669/03). (Not in a township's or a street's,
    // whose money the county's treasury pays with a share of its own told beside it: "街道武装工作经费由区财政下拨45万元，街道配套资金
    // 及时到位", holdout258/08.)
    handedAbove: superior ? new RegExp(`由${superior}(委组织部|人武部|委|政府|${belowCounty ? '' : '财政|'}${BUREAU})`) : null,
    // Its bodies named in a note as the ones that ran it: "完成民兵整组和训练（县里组织）", "慰问军属12户（区里组织）" (holdout939/07, 12).
    aboveNote: superior ? new RegExp(`[（(]\\s*由?${superior}(里|委|级|政府|人武部)?(统一)?(组织|实施|举办|开展|安排|主办)\\s*[）)]`) : null,
    // (Its bureaus too, visiting or paying the reporter's place: "县退役军人事务局来我镇走访……，发放帮扶资金4.5万元"; and its leaders as one,
    // "八一期间，县四套班子走访慰问驻县部队", "县领导到我乡慰问了现役军人家属5户"; and its events only attended, "7月30日，参加区委、区政府八一
    // 建军节军地座谈会".)
    superior: superior ? new RegExp(`${CLAUSE_OPENING}${ATTENDED}${superior}(委|政府|财政|委办|政府办|[县区市]?两级|四套班子|四大班子|(主要)?领导(?!小组|干部)|${BUREAU})(?!常委会)`) : null,
    // …or by its name: "濛州市委把党管武装工作纳入对县区党政领导班子的年度考核" (holdout967/12; see namedSuperior).
    superiorNamed: superior ? new RegExp(`${CLAUSE_OPENING}(?<name>[一-龥]{2,3}?)${superior}(委|政府|财政)(?!常委会)`) : null,
    // (Or as what a clause's act spans, which only the level above, its 人武部, can do: "组织全县专武干部集中轮训", "在全县中小学开展
    // “国防教育进校园”活动40余场" in a township's report; or attended, "9月，参加全区全民国防教育日主题活动" in a street's.)
    wholeAbove: WHOLE_ABOVE[level]
      ? new RegExp(
          `${CLAUSE_OPENING}${ATTENDED}${WHOLE_ABOVE[level]}(?![^，。；]{0,8}(中|里|的))` +
            (level === '区' ? '' : `|(组织|开展|召开|举办)[^，。；]{0,4}${WHOLE_ABOVE[level]}(?!各)|在${WHOLE_ABOVE[level]}[^，。；]{0,12}(开展|组织|举办)`),
        )
      : null,
    // In a township's or a street's report, the level above's standing committee opening a sentence (see `levelAbove` in the judge).
    // (Not in a county's: a report copied from a city's says 市委 of itself.)
    aboveMeeting: superior && belowCounty ? new RegExp(`${CLAUSE_OPENING}${superior}委常委`) : null,
    /** The level's word for the place, to name the reporter's own side (see namesOwnSide). */
    placeWord: PLACE[level],
    // In a township's or a street's report, its word opening a clause names it as the subject: "街道积极配合，按时完成……" after a
    // sentence of the district's (holdout864/09).
    ownOpening: belowCounty ? new RegExp(`^\\s*((今年|全年|年内|年初|年底|同时|此外|另外|[0-9一二三四五六七八九十]{1,2}月份?)[，,]?\\s*)?(我|本)?${PLACE[level]}(?![长委办镇])`) : null,
    // The committee's own departments opening a sentence, its subject named, so none is carried from the sentence before: "市编办核定乡镇
    // 专武干部编制……" in a 县级市's report after a sentence on the 军分区's money (holdout958/02).
    organ: new RegExp(`${CLAUSE_OPENING}${PLACE[level]}委?${ORGANS}`),
    // …or given a step of the committee's work: "县委把武装部长人选作为乡镇班子配备的重要内容，由县委组织部会同县人武部逐人考察" (holdout965/02).
    organLed: new RegExp(`^(由|经)${PLACE[level]}委?${ORGANS}`),
    // The committee opening a clause with what it does to something (把/将), not handing it to another: whoever that names after it is
    // its object ("县委把武装部长人选作为乡镇班子配备的重要内容", holdout965/02).
    actsOn: new RegExp(`${CLAUSE_OPENING}(${own})${NOT_THE_COMMITTEE}(常委会)?(把|将)(?![^，。；]*(交给|交由|委托|由))`),
    belowCounty,
    // A city's level above (州, 盟, 省) is no name a copied report gives itself: its acts are another's wherever they fall.
    cityAbove: level === '市',
    // The reporter's place among those the level above acts on.
    // (Also to "us" as spoken: "县财政今年给我们乡拨了……", "区财政下拨街道……", "市财政下拨县里……".)
    // The reporter named by the post, as a table's column of who led each row does: "旗委书记" in a banner's report, "镇党委书记" in a town's.
    post: new RegExp(`^${PLACE[level]}?(委|党委|党工委)?书记`),
    towardUs: new RegExp(`(我|本|各)${PLACE[level]}|${PLACE[level]}级(领导|班子|党委|党政)|县[（(]市?、?区[）)]|县市?区|(给|为|向|下拨|拨付|拨给|下达)(我们|咱们)?${PLACE[level]}(里)?`),
    // Named anywhere in a sentence as the one acting on others, not as whom another reports to ("向乡党委汇报"): "武装工作纳入乡党委
    // 对各村的年终考核" after the deputy's routine is the committee's, not the deputy's. (Not its meetings, which a predecessor
    // chaired as well: "据了解，上半年镇党委研究武装工作2次".)
    // (A township's committee with its place's word: 党委 alone is as often the 人武部's.)
    // (Or its treasury noted in brackets as who paid: "八一慰问驻县部队2个单位，慰问金20万元（县财政）" after "县民政局发放优抚金1280万元；",
    // holdout641/04.)
    named: new RegExp(`(?<![向给为在跟同与和]|人武部|武装部)(${level === '乡镇' ? '[镇乡]党委' : own})${NOT_THE_COMMITTEE}(对|把|将|给)|[（(]${PLACE[level]}(本?级)?财政(资金|列支|保障|支出|安排)?[）)]`),
    // Its head by title, which the other-actor patterns would read as a colleague's name ("……负责同志").
    title: new RegExp(`(${own})主要(负责|领导)同志`, 'g'),
    // A township's or a street's report naming its reporter by the post, as a ledger does ("责任人：镇党委书记……完成情况：……镇党委书记每月
    // 到武装部办公一次"): the other-actor patterns read "镇党委书记" as another township's, as it is in a county's report.
    ownPost: belowCounty ? new RegExp(`(${CLAUSE_OPENING})${level === '乡镇' ? '(镇|乡|苏木)(党委)?' : '(街道)?党工委'}书记(?!处)`) : null,
  };
}

/** The month and day the reporter came to the post, when the report dates it in its own year (see ARRIVAL). */
function arrivalOf(view: ReportView, reporter: RegExp | null): { year: number | null; month: number; day: number | null } | null {
  const { year, since } = view.report.meta;
  for (const unit of view.units) {
    // (In a report drafted of the reporter, by name: "县委书记贺文涛同志自9月到任以来".)
    const text = reporter ? unit.text.replace(reporter, '本人') : unit.text;
    const dated = ARRIVAL.exec(text) ?? ARRIVAL_DATED.exec(text) ?? ARRIVAL_BYLINE.exec(text) ?? ARRIVAL_FORM.exec(text) ?? PREDECESSOR_LEFT.exec(text);
    const festival = dated ? null : ARRIVAL_FESTIVAL.exec(text);
    const m = dated ?? festival;
    if (!m) continue;
    // (A year named must be one reported on: "我2023年4月到雾溪任职，今年是第三年……" in a report on 2025 is none; in a term's
    // report on 2022 to 2024, "我于2023年3月到汶北区任职" is.)
    // (In a report that states no year of its own, the arrival's year is the report's — "2023年8月14日，我到洹平市任市委书记" — when
    // it names no year past the next, when it is written; not in one of the years since, "2024年12次、2025年12次".)
    const named = m[1] !== undefined ? Number(m[1]) : year;
    const unknown = year === null && since === undefined && named !== null && latestYear(view.report.text) <= named + 1;
    if (!unknown && named !== year && (since === undefined || named === null || named < since || year === null || named > year)) return null;
    if (festival) {
      // (After a festival is the day after it: "清明节后" is after 4月6日 at the latest.)
      const [month, day] = FESTIVAL_DATE[m[2]];
      return { year: named, month, day: day !== null && m[3] === '后' ? day + 1 : m[3] === undefined ? day : null };
    }
    // (A part of the month is its first day: "8月中旬" is after 八一.)
    return { year: named, month: numberOf(m[2]), day: m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? PART_OF_MONTH[m[4]] : null };
  }
  return null;
}

/** The latest year a text names ("2025年"), or 0. */
function latestYear(text: string): number {
  let latest = 0;
  for (const m of text.matchAll(YEAR_NAMED)) latest = Math.max(latest, Number(m[1]));
  return latest;
}

/** The months the reporter was away and a stand-in presided, when the report dates them (see AWAY_MONTHS). */
function absenceOf(view: ReportView): { from: number; to: number } | null {
  for (const unit of view.units) {
    if (!AWAY_SPAN.test(unit.text)) continue;
    const m = AWAY_MONTHS.exec(unit.text);
    if (m) return { from: numberOf(m[1]), to: numberOf(m[2]) };
  }
  return null;
}

/** A month's or a day's figure, in figures or in Chinese numerals. */
const numberOf = (figure: string): number => (/\d/.test(figure) ? Number(figure) : chineseNumberValue(figure));

/** A name as drafts give it, or its placeholder left unfilled ("XX同志"). */
const NAME = '([一-龥]{2,3}?|[Xx×＊*]{2,3})';
/**
 * A report's title or opening naming its reporter in the third person: "岑川县委书记周立群同志2024年度……述职报告", "杉坪镇党委书记刘晓峰
 * 2024年度……述职".
 */
// (Not another post of the reporter's after a 、: "柳沟镇党委书记、镇长2020年度……".)
const NAMED_IN_TITLE = new RegExp(`(?<!副)书记[、，\\s]*(?!(?:[县镇乡区市旗]长|主任|主席|政委|部长|第一))${NAME}(?:同志|(?=\\s*20\\d\\d年))`);
/**
 * …or its first sentence, as a 事迹材料 opens: "马振东同志自担任区委书记、……以来", "刘晓峰同志于2024年5月调任杉坪镇党委书记" (not a
 * deputy's: "张明同志担任市委副书记").
 */
const NAMED_FIRST = new RegExp(`^(?:——)?${NAME}同志(?:于[^，。；]{0,12})?(?:自|担任|作为|任|调任|接任|出任)[^，。；]{0,12}(?<!副)书记`);
/** …or its byline, under a committee's title: "（县委书记、县人武部党委第一书记 郑永和）". */
const BYLINE = /^\s*[（(]?[^，。；（）()]{0,30}(?<!副)书记[\s\u3000]+([一-龥]{2,3})\s*[）)]?\s*$/;

/**
 * A report drafted of the reporter, by the 人武部 or the office ("县委书记王建华同志高度重视……", "孙书记亲自主持……", "他全年到人武部
 * 办公13次", "该同志带领四套班子走访驻岚部队", "她全年到街道武装部办公10次", "书记同志全年到乡武装部办公6次"): the reporter's name,
 * the surname with 书记, 该同志, 书记同志, and 他 or 她 opening a clause all name the reporter.
 */
/**
 * The words that name the reporter in a report drafted of him or her without a name (see writtenOfReporter); with 他 or 她 too where no
 * sentence opened by one follows a sentence naming someone else.
 */
const DRAFTED_TITLES = '该同志|(?<![副])书记同志';
/** 他 or 她 opening a clause (the blank before it kept by the group). */
const HE_OPENS = '^(\\s*)[他她](?![们人乡])';
const DRAFTED_UNNAMED = new RegExp(`${DRAFTED_TITLES}|[X×某]书记(?!处)`, 'g');
const DRAFTED_UNNAMED_HE = new RegExp(`${DRAFTED_UNNAMED.source}|${HE_OPENS}`, 'g');
/** A sentence opened by the reporter by title in the third person ("X书记坚持……", "2022年，区委书记……始终"), or by 他/她, or by 我. */
const POINT_OPENING = '^\\s*(?:[一二三四五六七八九十]是|[0-9]+[.、．]\\s*)?';
const TITLE_OPENING = new RegExp(`${POINT_OPENING}(?:[0-9]{4}年，)?(?:该同志|书记同志|[X×某]书记|(?:[县区市镇乡旗]|街道)(?:党工委|党委|委)?书记(?!处))(?![们人乡处])`);
const HE_OPENING = new RegExp(`${POINT_OPENING}[他她](?![们人乡])`);
const FIRST_PERSON_OPENING = new RegExp(`${POINT_OPENING}(?:[0-9]{4}年，)?(?:我|本人)(?![们县市区镇乡旗街国省])`);
/** Someone other than the reporter named in a sentence, whom a 他 opening the next one would mean: "县长王明同志……", "县人武部政委……". */
const OTHER_PERSON = /(?<!书记)同志|[县区市镇乡旗]长|部长|政委|主任|副书记|干事|专干|司令员|参谋长/;
/**
 * A report written of the reporter in the third person with no name given ("X书记高度重视……", "2022年，区委书记……始终", then "他全年
 * 主持街道党工委会专题议军4次", holdout1019/04, 09, 10): a sentence opens on the reporter by title, at least two on the title or 他,
 * and more than on 我. (A report in the first person, drafted by an office or not, keeps its 他 someone else's: "县人武部政委……。他多次
 * ……".) Returns the words that name the reporter, or null.
 */
function writtenOfReporter(view: ReportView): RegExp | null {
  let titled = 0;
  let he = 0;
  let first = 0;
  let heAfterOther = false;
  view.units.forEach((unit, k) => {
    if (TITLE_OPENING.test(unit.text)) titled++;
    else if (HE_OPENING.test(unit.text)) {
      he++;
      if (k > 0 && OTHER_PERSON.test(view.units[k - 1].text)) heAfterOther = true;
    } else if (FIRST_PERSON_OPENING.test(unit.text)) first++;
  });
  if (titled < 1 || titled + he < 2 || titled + he <= first) return null;
  return heAfterOther ? DRAFTED_UNNAMED : DRAFTED_UNNAMED_HE;
}

function reporterNamed(view: ReportView): RegExp | null {
  const texts = [view.report.title ?? '', ...view.units.slice(0, 3).map((u) => u.text)];
  let name: string | undefined;
  for (const text of texts) name ??= NAMED_IN_TITLE.exec(text)?.[1] ?? NAMED_FIRST.exec(text)?.[1];
  // A byline names the reporter of a report in the first person too: there 他 and 该同志 are someone else.
  const drafted = name !== undefined;
  for (const text of texts) name ??= BYLINE.exec(text)?.[1];
  if (!name) return writtenOfReporter(view);
  const surname = /^[一-龥]/.test(name) ? `|${name[0]}书记(?!处)` : '';
  return new RegExp(`${name.replace(/[*]/g, '\\*')}(同志)?${surname}${drafted ? `|${DRAFTED_TITLES}|${HE_OPENS}` : ''}`, 'g');
}

export function createStanceJudge(view: ReportView, cues: Cues): StanceJudge {
  let c = compiled.get(cues);
  if (!c) compiled.set(cues, (c = compileCues(cues)));
  const { plan, planWeak, past, doneUnderPlans, shortcoming, anyShortcoming, notShortcoming, anyNotShortcoming, otherStart, outsiderStart, notDone, notDoneHere, notDoneAtStart, otherDirected, handedOver, handedByMe, selfStart, selfAnywhere, selfAll, speech, answer, background, empty, sectionWords, planActions } = c;
  const committee = ownCommittee(view.report.meta.level);
  const reporter = reporterNamed(view);
  const arrival = arrivalOf(view, reporter);
  const absence = absenceOf(view);

  // What a whole report tells once, asked for only by some sentences (the documents and facilities its plans put ahead).
  const once = <T>(f: () => T): (() => T) => {
    let value: { v: T } | null = null;
    return () => (value ??= { v: f() }).v;
  };
  // By the unit's index in the view: every unit asked about is one of view.units.
  const memo = <T>(f: (u: Unit) => T) => {
    const cache: T[] = new Array(view.units.length);
    const known = new Uint8Array(view.units.length);
    return (u: Unit): T => {
      if (!known[u.id]) {
        cache[u.id] = f(u);
        known[u.id] = 1;
      }
      return cache[u.id];
    };
  };

  /** Quoted speech in a paragraph (“……” after 指出/强调/：, or holding a full sentence; not an interview’s answer, cues.answer), as absolute ranges. */
  const speechQuotes = (() => {
    const cache = new Map<Unit['paragraph'], Quoted[]>();
    return (p: Unit['paragraph']): Quoted[] => {
      let ranges = cache.get(p);
      if (ranges) return ranges;
      ranges = [];
      const text = p.normalized;
      for (const m of text.matchAll(/[“「]([^”」]*)[”」]|"([^"]*)"/g)) {
        const before = text.slice(Math.max(0, m.index - 10), m.index);
        if (answer?.test(before)) continue;
        if (speech.some((re) => re.test(before)) || /[。！？!?]/.test(m[1] ?? m[2])) {
          ranges.push({ start: p.start + m.index, end: p.start + m.index + m[0].length });
        }
      }
      // (And a reviewer's remark set in brackets within the text: "……同考核。〔点评：镇党委会研究武装工作有记录的只有1次……〕".)
      for (const m of text.matchAll(INLINE_REMARK)) ranges.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, remark: true });
      cache.set(p, ranges);
      return ranges;
    };
  })();

  // (A remark's brackets are its own: a sentence may open on them.)
  const within = (q: Quoted, span: Span) => (q.remark ? span.start >= q.start && span.end <= q.end : span.start > q.start && span.end < q.end);
  const inSpeech = (unit: Unit, span: Span) => speechQuotes(unit.paragraph).some((q) => within(q, span));
  const inRemark = (unit: Unit, span: Span) => speechQuotes(unit.paragraph).some((q) => q.remark && within(q, span));

  /** The sentence with quoted speech blanked out, so cues inside a quotation are not the reporter's. */
  const masked = memo((unit: Unit): string => {
    // "各街道专武干部配备到位": whose cadres or militia, not who acts (the actor is asked of the text before a match).
    let text = unit.text.replace(EACH_PLACE_OF, (m) => ' '.repeat(m.length)).replace(SPOKEN_FOR, (m) => ' '.repeat(m.length));
    for (const q of speechQuotes(unit.paragraph)) {
      const from = Math.max(q.start, unit.start) - unit.start;
      const to = Math.min(q.end, unit.end) - unit.start;
      if (to > from) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    }
    return text;
  });

  const firstMatch = (res: RegExp[], text: string): RegExpMatchArray | null => {
    let best: RegExpMatchArray | null = null;
    for (const re of res) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m && (!best || m.index! < best.index!)) best = m;
    }
    return best;
  };

  /** The sentence with every quotation blanked: “下一步重点抓好……”的工作思路 names a slogan, it states no plan. */
  const unquoted = (unit: Unit): string => masked(unit).replace(/[“「][^”」]*[”」]/g, (q) => ' '.repeat(q.length));

  const reportYear = view.report.meta.year;
  // The place's own whole as a clause names it: 全县 in a county's report, 全市 in a county-level city's (none for a report of unknown level).
  const ownWhole = new RegExp(`^全(${view.report.meta.level ? OWN_WHOLE[view.report.meta.level] : '(?!)'})`);
  /** A report on the first half of its year ("……2026年上半年党管武装工作述职报告"). */
  const firstHalf = view.report.meta.half === 1;
  /**
   * The report dated early in the next year ("（2023年1月16日）" in a 2022 report): its 今年 is that year, if the date stands on a
   * line of its own or the report reads as written after its year (not a signature's date in a report that tells its year as
   * 今年以来, holdout671/12).
   */
  const writtenNextYear = reportYear !== null && view.writtenOn?.year === reportYear + 1 && view.writtenOn.month <= 2 && (view.writtenOn.alone || view.writtenAfter);
  const ownPlace = PLACE_NAME.exec(view.report.meta.place ?? '')?.[1] ?? null;
  /** A clause opening on a bureau of a place named other than the reporter's (see PLACE_BUREAU). */
  const foreignBureau = (clause: string): boolean => {
    const place = ownPlace ? PLACE_BUREAU.exec(clause) : null;
    return place !== null && place[1] !== ownPlace && !NOT_A_PLACE.test(place[1]);
  };
  /**
   * The level above by its name opening a clause (see superiorNamed): a name the report gives a place of that level or its military
   * district at least twice ("濛州市委……", "濛州军分区"), not the reporter's own, nor words that open a clause ("贯彻县委部署", "围绕县委……").
   */
  const namedSuperior = (clause: string): boolean => {
    const name = committee?.superiorNamed?.exec(clause)?.groups?.name;
    if (name === undefined || name === ownPlace || NOT_A_PLACE.test(name) || NOT_IN_A_NAME.test(name)) return false;
    const text = allText();
    return text.split(name).length > 2 && new RegExp(`${name}(市|州|盟|县|区|旗|军分区)`).test(text);
  };
  const allText = once((): string => view.units.map((u) => u.text).join('\n'));
  /**
   * Another place of the report's own level named as a clause's subject: in a township's or a street's report another township
   * ("石门镇全年输送新兵9名，其中大学生7名" in 柘林乡's report), in a county's or a district's another county (see COUNTY_OPENING): a
   * neighbour's figures copied with its name (the places below the report's own are its own). In a township's or a street's report a
   * county or a district named so is the level above or its neighbour, never the reporter's side ("锦浦区今年征兵大学生比例达到75%" in
   * 锦塘街道's report, holdout864/09).
   */
  const neighbourOpenings = committee?.belowCounty ? [TOWNSHIP_OPENING, COUNTY_OPENING] : view.report.meta.level === '县' || view.report.meta.level === '区' ? [COUNTY_OPENING] : [];
  /**
   * The reporter or the own place named anywhere: its name, or its level's word (in a township's or a street's report alone, "街道在
   * 石柳广场组织……"; above it only with 本 or 全, since a neighbour county's 县城 or 全县 are the neighbour's own).
   */
  const namesOwnSide = committee
    ? new RegExp(`我|本人${ownPlace ? `|${ownPlace}` : ''}|${committee.belowCounty ? `(?<!全)${committee.placeWord}` : `(本|全)${committee.placeWord}`}`)
    : null;
  const foreignNeighbour = (clause: string): boolean =>
    ownPlace !== null &&
    neighbourOpenings.some((opening) => {
      const place = opening.exec(clause);
      return place !== null && place.groups!.place !== ownPlace && !NOT_A_PLACE.test(place.groups!.place);
    });
  /** The first year reported on: a term's first ("2022年至2024年"), else the report's. Only a year before it is an earlier one. */
  const firstYear = view.report.meta.since ?? reportYear;
  /** A year matched (in the first group) before the first one reported on. */
  const beforeFirstYear = (m: RegExpExecArray | null): boolean => m !== null && !!firstYear && Number(m[1]) < firstYear;
  const planCell = memo((unit: Unit) => planCellOf(unit, reportYear));
  // The period by name: 今年, or the report's own year ("2024年起将……分值由2分提高到5分" in a report on 2024).
  // (Each of a term's years: "2023年、2024年全区分别输送新兵175名、181名" in a report on 2022 to 2024.)
  const thisYear = reportYear ? new RegExp(`${THIS_YEAR.source}|(?:${Array.from({ length: reportYear - firstYear! + 1 }, (_, k) => firstYear! + k).join('|')})年`) : THIS_YEAR;
  /** The period named as the time of a clause, not as the thing planned (see PLANNED_YEAR). */
  const nowIn = (text: string): boolean => thisYear.test(text.replace(PLANNED_YEAR, ''));
  /** A thing put into a budget or plan of a year after the report's (see LATER_BUDGET), or null. */
  const laterBudgetIn = (text: string): RegExpExecArray | null => {
    const m = LATER_BUDGET.exec(text);
    return m && reportYear !== null && Number(m.groups?.year) > reportYear ? m : null;
  };
  /** Something starting in a year after the report's: "从2026年1月起" in a report on 2025. */
  const startsLater = (text: string, before = '', sentence = text): RegExpExecArray | null => {
    const starting = LATER_START.exec(text);
    if (!starting || !reportYear || Number(starting[1]) <= reportYear) return null;
    // (Not what a decision of the year set for later and put in a document then: "9月常委会决定，从2024年起把党管武装工作……的分值由
    // 2分提高到5分，……12月已印发《棠北区党管武装工作考核办法》". A decision alone, "区委已研究决定，从2024年起将党管武装工作纳入……考核",
    // is still the plan, as its labeller reads it.)
    return DECIDED_BEFORE.test(before + text.slice(0, starting.index)) && ISSUED.test(sentence) ? null : starting;
  };
  /** The sentence's own future marker (outside quotations), or null. */
  const ownPlanCue = memo((unit: Unit): Span | null => {
    if (unit.isHeading) return null;
    // (A ledger's field label tells no completion: "完成情况：计划投入20万元建设……，力争年底前完工" is a plan.)
    const text = unquoted(unit).replace(LEDGER_FIELD, (label) => ' '.repeat(label.length));
    // Whatever the verb: a remedy under a problem ("问题1：……。原因：……。整改措施：每年整组后……入户抽查"), or something
    // starting in a later year ("从2024年1月起，每月第二周周三固定到武装部办公半天").
    const remedy = REMEDY.exec(text);
    // (Not one already carried out: "整改措施：10月县委常委会专题研究，已为6个乡镇补齐专武干部".)
    if (remedy && !past.test(text)) return { start: unit.start, end: unit.start + remedy[0].length };
    const starting = startsLater(text);
    if (starting) return { start: unit.start + starting.index, end: unit.start + starting.index + starting[0].length };
    // "2025年，县委打算……" in a report on 2024: a later year opening the sentence is the future ("第十二，2025年，将……列入市财政
    // 预算；"), and so is one with a measure of what is to be done whatever the verb ("3. 2027年，本人每季度至少到人武部办公1次；";
    // not a date line, "（2025年1月）").
    const year = /^(?:第[一二三四五六七八九十]+[，,、]\s*)?[^，。；]{0,6}?(20\d\d)年/.exec(text);
    const later = year && reportYear && Number(year[1]) > reportYear ? { start: unit.start + year.index, end: unit.start + year.index + year[0].length } : null;
    // A plan has something to do ("展望2025年，国际形势复杂多变" has not), and is not told as made already — unless a plan
    // follows what was done ("在今年工作取得了一定成绩的基础上，明年我们将重点抓好以下几项工作").
    // (Or the later year opening a list of what is to be done: "2026年，一是1月冰雪节期间在江滨公园……设国防教育展区；二是……".)
    // (So does 下一步 or 今后 opening it: "下一步，一是2024年上半年在墩台岭景区建设民兵执勤驿站1处；二是……".)
    const forLater = laterBudgetIn(text);
    // (The money put into a later year's budget is the plan when nothing else is counted beside it: "镇武装部器材室改造已列入2024年镇财政
    // 预算5万元" in a report on 2023, holdout1017/12; not "今年安排8万元，另有5万元已列入2024年预算", nor "议定事项12项，已办结10项，余下2项……
    // 已列入2025年预算" (holdout121/09), nor a decision with no sum, "专武干部配备｜列入2023年市级预算" (holdout10/08), nor this year's
    // told beside it, "今年的武装经费保障到位，明年的10万元已经列入街道2027年预算" (holdout717/12), nor a thing built beside it, "……器材库已建成
    // 投用，器材更新经费20万元已列入2025年县财政预算".)
    if (forLater) {
      const from = clauseStartAt(text, forLater.index);
      const to = clauseEndAt(text, forLater.index);
      const outside = text.slice(0, from) + text.slice(to);
      if (MONEY_ONE.test(text.slice(from, to)) && !QUANTITY.test(outside) && !nowIn(outside) && !BUILT.test(outside)) return { start: unit.start + forLater.index, end: unit.start + forLater.index + forLater[0].length };
    }
    plan[0].lastIndex = 0;
    const opening = plan[0].exec(text);
    if (opening && LIST_OPENING.test(text.slice(opening.index + opening[0].length))) return { start: unit.start + opening.index, end: unit.start + opening.index + opening[0].length };
    const afterYear = later ? text.slice(later.end - unit.start) : '';
    // (Or next year opening it with a measure of what is to be done, whatever the verb: "明年一季度把民兵编组调整到……两个村"
    // (holdout860/12); not what the times ahead hold, "明年全县有12名专武干部到龄退休，……更加突出", nor 接下来 in a story of the year.)
    // (Or, as spoken, a thing to do with 把 or a meeting to hold: "明年上半年，把国防教育列进区委常委会议题，专门开一次会", holdout951/05;
    // "明年把武装部办公室从三楼搬到一楼", 951/11.)
    const afterOpening = opening !== null && /明年|来年|新的一年/.test(opening[0]) ? text.slice(opening.index + opening[0].length) : null;
    const measured = afterOpening !== null && (MEASURE.test(afterOpening) || SPOKEN_ACTION.test(afterOpening)) && !TIMES_AHEAD.test(text);
    if (!planActions.test(text) && !measured) return later && (MEASURE.test(afterYear) || LIST_OPENING.test(afterYear) || DEADLINE.test(afterYear)) ? later : null;
    // (Not a note in brackets on what is ready for it: "一是上半年完成百弄乡哨所营房维修（用地已落实）", holdout629/04.)
    // In a report on the first half of a year its second half is ahead: "下半年，8月前完成征兵体检政审，9月组织基干民兵集中训练7天"
    // (holdout699/07, 09).
    const ahead = firstHalf ? SECOND_HALF.exec(text) : null;
    if (ahead) return { start: unit.start + ahead.index, end: unit.start + ahead.index + ahead[0].length };
    const done = doneUnderPlans.exec(text.replace(ASIDE, (note) => ' '.repeat(note.length)));
    // (A later year's clause with a word of intent, what is ready for it told after: "镇里计划在2027年镇级预算中安排……资金20万元，
    // 目前已完成选址和设计", holdout724/08; not the year's thing itself done, "2025年县本级预算安排武装经费186万元，已经在12月的常委会上
    // 通过", holdout127/09.)
    const yearClauseEnd = later ? clauseEndAt(text, later.end - unit.start) : text.length;
    if (done && !firstMatch(plan, text.slice(done.index + done[0].length)) && !(yearClauseEnd < done.index && firstMatch(planWeak, text.slice(0, yearClauseEnd)))) return null;
    if (later) return later;
    // (A past marker in the items of a list the sentence opens leaves its intro the plan: "我将重点抓好三项工作：一是上半年完成征兵体检站搬迁；"
    // holdout571/06, 586/09.)
    // (Nor the plan put into a later year's budget, told as done: "计划投入5万元建设牧区民兵之家，已报乡里2026年预算", holdout742/10.)
    const told = forLater ? text.replace(forLater[0], '') : text;
    let cue = firstMatch(plan, text) ?? (past.test(told.replace(LIST_AFTER_COLON, '').replace(DONE_AHEAD, '')) ? null : firstMatch(planWeak, text));
    let at = cue?.index ?? 0;
    // (A year of the period opening 将 as 把 is the work done: "2022年将义务兵家庭优待金由每年1.8万元提高到2.2万元" in a report on 2021
    // to 2025. A plan may follow it; and 我将 is the reporter's plan whatever the year, "2024年，我将重点抓好三件事" under 下步打算.)
    const cueYear = cue ? YEAR_CUE.exec(cue[0]) : null;
    if (cue && cueYear && reportYear && Number(cueYear[1]) <= reportYear) {
      const from = at + cue[0].length;
      cue = firstMatch(plan, text.slice(from));
      at = from + (cue?.index ?? 0);
    }
    // "他在讲话中指出，今后要……" is someone's past words, not the reporter's plan.
    if (!cue || REPORTED_SPEECH.test(text.slice(0, at + 1))) return null;
    return { start: unit.start + at, end: unit.start + at + cue[0].length };
  });

  /**
   * A sentence is about the future by its own marker, by a plan section
   * ("五、下步打算"), or by its paragraph's opening ("今后，我将……",
   * "2025年我们将重点抓好以下工作：一是……；二是……").
   */
  const planCue = memo((unit: Unit): Span | null => {
    // A row of a table of done beside planned is a plan in its plan cell only.
    const cell = planCell(unit);
    if (cell) return cell.end > unit.start && cell.start < unit.end ? { start: Math.max(cell.start, unit.start), end: Math.max(cell.start, unit.start) } : null;
    const own = ownPlanCue(unit);
    if (own) return own;
    // Under 下步打算 a sentence is a plan unless it plainly reports this year's work ("今年还组织了……").
    if (unit.context === 'plan') {
      const text = masked(unit);
      // Not this year's work, nor a plan told as made already ("下一步工作已在……上作了部署").
      if (doneUnderPlans.test(text)) return null;
      // Nor the report's own year's results listed under it ("四、2024年打算" over "1. 征兵：2023年完成94名" in a 2023 report),
      // nor the items after them in the same list, with no plan of their own ("3. 双拥：优待金提到每年1.8万元").
      for (let k = unit.id; reportYear; k--) {
        const year = OWN_YEAR_DONE.exec(masked(view.units[k]));
        if (year && Number(year[1]) <= reportYear) return null;
        const item = view.units[k - 1];
        if (!LIST_ITEM.test(view.units[k].text) || !item || item.isHeading || item.sections.at(-1) !== unit.sections.at(-1) || !LIST_ITEM.test(item.text)) break;
      }
      // Nor the points of a list of this year's work: "我们今年下半年重点抓了以下几项工作：一是……；二是……", also on lines of their own.
      if (DONE_LIST.test(text) && DONE_INTRO.test(text)) return null;
      const intro = listIntro(unit);
      if (intro && DONE_LIST.test(intro.text) && (doneUnderPlans.test(masked(intro)) || DONE_INTRO.test(intro.text)) && !ownPlanCue(intro)) return null;
      // "今后一个时期，形势更加复杂", "展望2025年，……任务艰巨": an outlook, nothing to do. (Not a measure of what is to be done, whatever
      // the verb: "明年：3月前平整好训练场地，全年训练不少于7天", "明年一季度把民兵编组调整到……两个村"; unless it is the outlook's own,
      // "明年全县有12名专武干部到龄退休，队伍断档问题更加突出".)
      plan[0].lastIndex = 0;
      if (plan[0].test(text) && !planActions.test(text) && !(MEASURE.test(text) && !TIMES_AHEAD.test(text))) return null;
      return { start: unit.start, end: unit.start };
    }
    if (unit.isHeading) return null;
    if (answersPlan(unit)) return { start: unit.start, end: unit.start };
    if (unit.position === 0) return listUnderPlan(unit) ? { start: unit.start, end: unit.start } : null;
    // (Not this year's work told after a plan: "下一步，我将坚持每月……。今年5月，我带队……讲了一堂国防教育课。")
    if (doneUnderPlans.test(masked(unit))) return null;
    // The items a plan opens with its time and runs on after semicolons: "明年，谈心谈话我本人每半年一次……；体检站扩建3月底前
    // 定址……；营区水电改造纳入2026年……计划。"
    const before = view.units[unit.id - 1];
    if (ITEM_END.test(before.text)) {
      const cue = planCue(before);
      if (cue && cue.start - before.start < 8) return { start: unit.start, end: unit.start };
    }
    const start = pointsStart(unit);
    if (start) {
      const cue = ownPlanCue(start.unit);
      return cue && cue.start - start.unit.start < start.colon + 40 ? { start: unit.start, end: unit.start } : null;
    }
    // (Not after an opener that tells what is already done for its plan: "镇里计划在2027年……安排……资金20万元，目前已完成选址和设计。
    // 县人武部今年组织专武干部集训……", holdout724/08.)
    const opener = view.units[unit.id - unit.position];
    const cue = ownPlanCue(opener);
    return cue && cue.start - opener.paragraph.start < 40 && !doneUnderPlans.test(masked(opener)) ? { start: unit.start, end: unit.start } : null;
  });

  /**
   * For a point inside a paragraph ("二是……；"), the sentence whose colon opens its run of points and where that colon
   * stands: a paragraph may own a fault first and list its plans after ("……还有一定差距。2021年，我们将重点做好以下工作：
   * 一是……；二是……"), so its opener does not speak for them; the run's intro or its first point does ("努力方向：一是……力争").
   */
  const pointsStart = (unit: Unit): { unit: Unit; colon: number } | null => {
    if (!POINT_START.test(unit.text)) return null;
    for (let k = unit.id - 1; k > unit.id - unit.position - 1; k--) {
      const u = view.units[k];
      const colon = POINTS_OPENING.exec(u.text);
      if (colon) return { unit: u, colon: colon.index };
      if (!POINT_START.test(u.text)) return null;
    }
    return null;
  };

  /** The answer to a question about the future: "问十：明年怎么干？" then "答：一是每月第一个周五固定到人武部办公……". */
  const answersPlan = (unit: Unit): boolean => {
    const opener = view.units[unit.id - unit.position];
    if (!ANSWER.test(opener.text)) return false;
    const question = view.units[opener.id - 1];
    return question !== undefined && /[？?]\s*$/.test(question.text) && ownPlanCue(question) !== null;
  };

  /** For an item on a line of its own ("①……", "1.……", "一是……"), the line ending with a colon before its run of items. */
  const itemsIntro = (unit: Unit): Unit | null => {
    if (!LIST_ITEM.test(unit.text)) return null;
    for (let k = unit.id - 1; k >= 0; k--) {
      const u = view.units[k];
      if (LIST_ITEM.test(view.units[k - u.position]?.text ?? '')) continue;
      return /[：:]$/.test(u.text.trim()) ? u : null;
    }
    return null;
  };

  /** The sentence introducing the list a point belongs to: its paragraph's opener, or the line before its run of items. */
  const listIntro = (unit: Unit): Unit | null => (unit.position > 0 ? view.units[unit.id - unit.position] : itemsIntro(unit));

  /**
   * "2025年，县委打算从以下几个方面着力：" followed by items on lines of their
   * own ("①……", "1.……", "一是……"): the items are plans too.
   */
  // (The intro may close a paragraph that owned the faults first: "……还存在一些差距：一是……。2024年，我将……重点做好以下几件事：".)
  const listUnderPlan = (unit: Unit): boolean => {
    const intro = itemsIntro(unit);
    return intro !== null && (ownPlanCue(view.units[intro.id - intro.position]) !== null || ownPlanCue(intro) !== null);
  };
  const future = (unit: Unit): boolean => planCue(unit) !== null;

  /** Where a plan starts in a later clause of the sentence, nothing planned before it (a cue may be read from the sentence's start: look clause by clause); -1 if none. */
  const laterPlanAt = memo((unit: Unit): number => {
    if (unit.context === 'plan' || !ownPlanCue(unit)) return -1;
    const text = masked(unit);
    let at = 0;
    for (const clause of text.split(CLAUSE_BREAK)) {
      if (at > 0 && (NEXT_TIME.test(clause) || firstMatch(plan, clause) || startsLater(clause, text.slice(0, at), text))) return firstMatch(plan, text.slice(0, at)) ? -1 : at;
      at += clause.length + 1;
    }
    return -1;
  });

  /**
   * A plan tacked onto a sentence that reports the year's work first, in a clause of its own: "区财政今年安排武装工作经费348万元，
   * ……，明年将再追加民兵训练场扩建资金120万元". The sentence is a plan, and its earlier clauses are still work done.
   */
  const trailingPlan = memo((unit: Unit): Span | null => {
    const from = laterPlanAt(unit);
    if (from < 0) return null;
    const text = masked(unit);
    // (The year's work told before it, or the plan's own time opening its clause: "……输送新兵108名，……，明年春季征兵前将……".)
    const before = text.slice(0, from);
    // (Or what was decided then: "2月和11月两次主持党工委会……，11月会议研究专武干部岗位补贴，决定从2026年1月起每月增加500元".)
    const marked = thisYear.test(before) || past.test(before) || DONE_TOTAL.test(before) || NEXT_TIME.test(text.slice(from)) || DECIDED_START.test(text.slice(from));
    if (!QUANTITY.test(before) || !marked) return null;
    // (A budget told just before the later start goes with it: "……方案已经镇党委会通过，预算8万元左右，准备明年开春动工"; so does
    // money put into a later year's budget, "改造资金150万元列入2020年区级预算，明年春季开工" in a report on 2019, holdout762/02.)
    const last = before.slice(0, -1).search(/[^，,；;]*$/);
    const clause = before.slice(last, -1);
    const withIt = BUDGET_ONLY.test(clause) || laterBudgetIn(clause) !== null;
    // (When that clause opens the sentence, nothing before the plan is left done: "镇武装部器材室改造已列入2024年镇财政预算5万元，明年
    // 上半年施工", holdout1017/12.)
    if (withIt && last <= 0) return null;
    return { start: unit.start + (withIt ? last : from), end: unit.end };
  });

  /**
   * The plan after a fault owned first in the same sentence, as closing paragraphs run on ("存在的不足是个别工作还不够扎实，2025年我们将
   * 继续……把全乡武装工作抓好"): the fault is still stated. (Not a plan that names what it answers: "针对民兵训练不足的问题，明年将……".)
   */
  const planAfterFault = memo((unit: Unit): Span | null => {
    const from = laterPlanAt(unit);
    if (from < 0) return null;
    // (Nor the label of a part that holds only vows: "存在问题和打算：今后我将……".)
    const label = LEADING_LABEL.exec(unit.text)?.[0].length ?? 0;
    const faults = shortcomings(unit).filter((q) => q.start - unit.start >= label && q.end - unit.start <= from);
    // A plan opening on the fault it answers is the plan ("针对民兵训练不足的问题，明年将……"), unless the reporter owns the fault in a
    // clause of its own: "针对……台账与实物不符的问题，这是我督促不够，下步将……".
    const owned = (q: Span) => {
      const c = clauseOf(unit, q);
      return OWN_FAULT.test(unit.text.slice(c.start - unit.start, c.end - unit.start));
    };
    if (ANSWERS_FAULT.test(unit.text) && !faults.some(owned)) return null;
    return faults.length ? { start: unit.start + from, end: unit.end } : null;
  });

  /** An item of a list of duties or requirements, on a line of its own or after the colon of its paragraph's opener. */
  /**
   * Under a heading of the new year's work, in a report made after its year ended ("四、新年以来的工作" in a 2023 report written on
   * 2024年1月22日, "2024年以来的工作"): none of it is the period's.
   */
  const afterPeriod = memo(
    (unit: Unit): boolean =>
      unit.sections.some((s) => {
        if (s.heading === null) return false;
        const heading = headingText(s);
        return NEW_YEAR_HEADING.test(heading) || (reportYear !== null && heading.includes(`${reportYear + 1}年`) && !PLAN_HEADING_WORDS.test(heading));
      }) ||
      // (Or, in a report dated the next January or February, a sentence opening on that 今年 or that month: "今年1月，2023年春季征兵网上
      // 报名已经启动", "本月上旬，党工委会专题听取了武装部全年工作汇报" dated 2021年1月15日, holdout739/10.)
      (writtenNextYear && NEXT_YEAR_OPENING.test(masked(unit).replace(POINT_LABEL, ''))) ||
      // (Or the new year's work told as done: in a report written after its year and read so, "三是今年春节前，我带队走访慰问了……",
      // "今年春节前夕，县四套班子走访慰问……" in reports on 2022 dated 2023年2月, holdout671/06, 11. In a report read as written within
      // its year, next year opening a sentence with no word of intent and none of completion is no work of the year, "明年，国防教育基地
      // 建设定下来"; not next year's intake prepared, "明年春季征兵的兵役登记工作已于11月全面完成".)
      (NEXT_YEAR_TOLD.test(masked(unit).replace(POINT_LABEL, '')) && (view.writtenAfter || !past.test(masked(unit)))),
  );

  /**
   * A list of duties or requirements the unit is in: its announcement, and where its items start in the unit (the whole of an item
   * of such a list, or the items after the colon of the sentence that announces it, "按照区委要求，街道党工委书记履行党管武装职责
   * 应包括：一是……，每年专题议军不少于2次；"); null if none.
   */
  const rulesListOf = (unit: Unit): { intro: Unit; from: number } | null => {
    const intro = POINT_START.test(unit.text) ? (pointsStart(unit)?.unit ?? itemsIntro(unit)) : null;
    if (intro !== null) return RULES_LISTED.test(intro.text) && !DONE_TO_RULES.test(intro.text) ? { intro, from: 0 } : null;
    const announced = RULES_LISTED.exec(unit.text);
    if (announced === null) return null;
    const colon = announced.index + announced[0].length - 1;
    return POINTS_AT_COLON.test(unit.text.slice(colon)) && !DONE_TO_RULES.test(unit.text.slice(0, colon)) ? { intro: unit, from: colon + 1 } : null;
  };
  /**
   * Under the plans' heading too, a list of what a check ought to hold, its announcement planning nothing ("……街道武装工作考评内容
   * 应包括："), is no plan (not the reporter's own list, "按照县委提出的工作要求，重点抓好以下任务：").
   */
  const rulesListNotPlan = (unit: Unit): boolean => {
    const intro = rulesListOf(unit)?.intro ?? (RULES_ANNOUNCEMENT_ALONE.test(unit.text) && !DONE_TO_RULES.test(unit.text) ? unit : null);
    return intro !== null && RULES_OUGHT.test(intro.text) && ownPlanCue(intro) === null;
  };

  /** A target, not work done: listed after a colon that names the targets, or a row of a table of targets or tasks (see TARGET_COLUMN). */
  const listsTargets = (unit: Unit): boolean => {
    if (TARGET_MET.test(unit.text)) return false;
    if (unit.tableHeader !== null) {
      const heads = cellsOf(unit.tableHeader);
      return heads.some((h) => TARGET_COLUMN.test(h)) && !heads.some((h) => TABLE_DONE_COLUMN.test(h) || TABLE_FAULT_COLUMN.test(h));
    }
    if (TARGETS_LISTED.test(unit.text) || ARRANGED.test(unit.text)) return true;
    const intro = listIntro(unit);
    return intro !== null && TARGETS_LISTED.test(intro.text) && !TARGET_MET.test(intro.text);
  };

  const shortcomings = memo((unit: Unit): Span[] => {
    const text = masked(unit);
    // Most sentences name no fault: one pass of the combined cues settles them.
    if (!anyShortcoming.test(text)) return [];
    const vetoes: Span[] = [];
    // Most faults are vetoed by nothing: one test of the combined vetoes settles them.
    if (anyNotShortcoming.test(text)) for (const re of notShortcoming) for (const m of allMatches(re, text)) vetoes.push({ start: m.index, end: m.index + m[0].length });
    const spans: Span[] = [];
    for (const re of shortcoming) {
      for (const m of allMatches(re, text)) {
        const s = { start: m.index!, end: m.index! + m[0].length };
        if (vetoes.some((v) => s.start >= v.start && s.start < v.end)) continue;
        // 不足 in 人手不足 or 不足为奇 is not a word of its own.
        if (!isWord(unit, s)) continue;
        if (spans.some((x) => x.start === unit.start + s.start && x.end === unit.start + s.end)) continue;
        spans.push({ start: unit.start + s.start, end: unit.start + s.end });
      }
    }
    // "我自身也存在一些不足：一是对武装工作要求过高过严……", "如果说有什么不足，那就是……过于严格":
    // an announced fault is what it announces.
    // (Also after a lead-in: "个人认为，……，要说不足，也就是……".)
    const announcing = ANNOUNCING_CLAUSE.exec(text);
    const rest = announcing ? text.slice(announcing.index + announcing[0].length).search(CLAUSE_BREAK) : -1;
    const colon = announcing ? (rest < 0 ? -1 : announcing.index + announcing[0].length + rest) : text.search(/[：:]/);
    if (colon > 0 && vetoes.some((v) => v.start > colon) && !spans.some((x) => x.start - unit.start > colon)) return [];
    return spans;
  });

  /** The mentions in one clause (positions, or -1), found once per clause text: prefixes of a sentence share their clauses. */
  const mentions = (() => {
    const cache = new Map<string, { selfStartAt: number; selfAt: number; weakSelf: boolean; otherAt: number; directedAt: number }>();
    return (head: string) => {
      let found = cache.get(head);
      if (!found) {
        // The head of the reporter's committee by title is the reporter ("坚持由县委主要负责同志……主持"); the committee
        // itself as the subject is the reporter's side.
        // So is the reporter named in a report written of him or her (see reporterNamed).
        let text = committee ? head.replace(committee.title, '本人') : head;
        if (committee?.ownPost) text = text.replace(committee.ownPost, '$1本人');
        if (reporter) text = text.replace(reporter, '本人');
        // A document's name is nobody acting: "制定《锦泷县乡镇党委书记抓武装工作责任清单》".
        if (text.includes('《')) text = text.replace(BOOK_TITLE, (t) => `《${' '.repeat(t.length - 2)}》`);
        // An actor stands at a clause's start: the patterns need its first few dozen characters only.
        const start = text.length > 48 ? text.slice(0, 48) : text;
        const self = selfAnywhere.exec(text);
        found = {
          selfStartAt: selfStart.exec(text)?.index ?? committee?.start.exec(text)?.index ?? -1,
          selfAt: self?.index ?? -1,
          // 亲自 and 带头 name nobody: they keep a subject already named ("政法委书记每年带头调研").
          weakSelf: self !== null && !NAMES_REPORTER.test(self[0]),
          otherAt: otherStart.test(start) && !HANDED_DOWN.test(start) ? 0.5 : -1,
          directedAt: otherDirected.exec(text)?.index ?? -1,
        };
        cache.set(head, found);
      }
      return found;
    };
  })();

  /**
   * Who acts in a stretch of text: another person (true), the reporter
   * (false) or nobody named (null). Only a clause's subject counts — an actor
   * at the clause's start ("副书记坚持……") or the object of a directive
   * ("要求各乡镇党委书记……") — not a name that only appears in it
   * ("在各级领导干部大会上"). The last clause that names one decides.
   */
  const actorIn = (text: string, aboveActsOnUs: boolean): boolean | null => {
    let decision: boolean | null = null;
    let arranged = false;
    let quotaGiven = false;
    for (const clause of text.split(CLAUSE_BREAK)) {
      // The level above acting on the reporter's place (see SUPERIOR), or acting at all in a township's or a street's report
      // ("县委坚持“四个一”制度不放松"). A county's report that says 市委 of its own committee (copied from a city's, as the seed is) names
      // no such place.
      const trimmed = clause.replace(/^\s+/, '');
      // (Not a whole's total after it, "省军区下达全市征兵任务1500名，全市共送兵1512名" in a county's report.)
      if (quotaGiven && !(WHOLE_AT_START.test(trimmed) && !ownWhole.test(trimmed))) decision = null;
      quotaGiven = QUOTA_GIVEN.test(trimmed);
      // A chamber moving its members at the committee's arranging, told in a clause before: "县委牵头，县商会组织会员企业慰问军属86户"; so
      // are firms that followed its call, "在县委号召下，辖区企业自发开展拥军慰问活动", "我带头捐款，全县爱心企业自发跟进".
      if (arranged && FIRMS_MOVED.test(trimmed)) continue;
      if (ARRANGED_BY_US.test(trimmed)) arranged = true;
      // The leadership the place worked under names no actor: "在县委和县人武部领导下，……乡党委会研究武装工作2次" (holdout779/07).
      if (UNDER_LEADERSHIP.test(trimmed)) continue;
      if (committee?.organLed.test(trimmed) || committee?.actsOn.test(trimmed)) {
        decision = false;
        continue;
      }
      if (((aboveActsOnUs || committee?.belowCounty || committee?.cityAbove) && (committee?.superior?.test(trimmed) || namedSuperior(trimmed))) || (!view.claimsWhole && committee?.wholeAbove?.test(trimmed))) {
        decision = true;
        continue;
      }
      // The reporter's own place opening a clause, after the whole above or another's act: "全年全县征集新兵286名。我镇送兵5人",
      // "……，其中我镇输送新兵14名", "5月某部在我县开展实兵演习，我县组织基干民兵22人……".
      // (In a township's or a street's report, the place by its kind doing its part: "……，街道做了场地和组织保障", holdout325/06.)
      if ((!view.claimsWhole && OWN_SIDE.test(trimmed)) || (committee?.belowCounty && OWN_PART.test(trimmed))) {
        decision = false;
        continue;
      }
      // A bureau of another place, named ("今年，楠州市退役军人事务局投入200万元" in 岚江's report): the level above's or a neighbour's;
      // so is a neighbour place of the report's level with its figures (see foreignNeighbour).
      if (foreignBureau(trimmed) || foreignNeighbour(trimmed)) {
        decision = true;
        continue;
      }
      // "……向镇党委专题报告，报告结果纳入村两委年度考核": the result is the new subject, no longer the people reporting
      // (the clause may be cut just before 纳入, where the match starts).
      if (RESULT_SUBJECT.test(clause)) decision = null;
      // "街道武装部长由党工委委员担任，9个社区专武干部全部配齐": a post and who holds it names no one acting.
      if (HOLDS_POST.test(clause)) {
        decision = null;
        continue;
      }
      const m = mentions(clause.replace(/^\s+/, ''));
      // Within a clause the later mention decides: "我要求各乡镇党委书记……" is the secretaries' act.
      const selfAt: number = m.weakSelf && (decision !== null || m.otherAt >= 0 || m.directedAt >= 0) ? -1 : m.selfAt;
      const candidates: { at: number; other: boolean }[] = [
        { at: m.selfStartAt, other: false },
        { at: selfAt, other: false },
        { at: m.otherAt, other: true },
        { at: m.directedAt, other: true },
      ];
      let best: { at: number; other: boolean } | null = null;
      for (const f of candidates) {
        if (f.at >= 0 && (!best || f.at >= best.at)) best = f;
      }
      if (best) decision = best.other;
    }
    return decision;
  };

  /**
   * The subject a sentence hands on to the next one: the actor of its first clause (none for a post and who holds
   * it: "镇武装部长由一名退役干部担任；选派两名专武干事……"), or the reporter opening a later one.
   */
  /** Whether the sentence names the reporter's place among those the level above acts on (asked once per sentence). */
  const towardUs = memo((unit: Unit): boolean => committee?.towardUs.test(unit.text) ?? false);

  const subject = memo((unit: Unit): boolean | null => {
    const [first, ...rest] = unit.text.split(CLAUSE_BREAK);
    // (A sum as the subject, whoever gave it, hands on no actor: "上级拨的钱不在这个数里", "省军区、军分区补助的130万元另行下达，不在其中".)
    if (MONEY_SUBJECT.test(first)) return null;
    const actor = actorIn(first, towardUs(unit));
    // A fronted topic names no actor when the reporter, or the reporter's side, opens a later clause: "街道党工委书记“四个一”
    // 要求，我一直牢记在心", "县委主要领导在全县议军会上强调，“……”，我镇将认真贯彻落实".
    return actor === true && rest.some((c) => OWN_SIDE.test(c) || mentions(c.replace(/^\s+/, '')).selfStartAt === 0) ? false : actor;
  });

  /** Whether a point's label names who acts: a body, or a leader ("分管副书记"); the cadres' post names their work's topic. */
  const labelActs = (name: string): boolean => BODY_HEADING.test(name) || (!CADRE_POST.test(name) && actorIn(name, false) === true);
  /**
   * A list item's bold label, read once for its first sentence: a run-in heading the parser keeps in the item's line ("- **武装部长：**
   * 乡武装部长为专职，参加县人武部集训7天", holdout982/07), its name and where it ends.
   */
  const listLabel = memo((unit: Unit): { name: string; end: number } | null => {
    const label = unit.paragraph.origin === 'list' && unit.position === 0 ? LIST_LABEL.exec(unit.text) : null;
    return label && { name: label[2], end: label[0].length };
  });
  /**
   * Where the text asked for its doer starts: after a list item's label that names a topic, as it would as a heading of its own
   * (not one naming who acts: "- **分管副书记：** 全年到乡武装部办公10次", "**县人武部：**").
   */
  const listLabelEnd = (unit: Unit): number => {
    const label = listLabel(unit);
    return label && !labelActs(label.name) ? label.end : 0;
  };

  // Signals of every criterion ask about the same sentences, often at the same place.
  const actorBefore = (() => {
    const cache = new Map<Unit, Map<number, boolean | null>>();
    return (unit: Unit, at: number): boolean | null => {
      let byOffset = cache.get(unit);
      if (!byOffset) cache.set(unit, (byOffset = new Map()));
      let decision = byOffset.get(at);
      if (decision === undefined) byOffset.set(at, (decision = actorIn(masked(unit).slice(Math.min(listLabelEnd(unit), at), at), towardUs(unit))));
      return decision;
    };
  })();

  /**
   * Where whose act it is gets asked: at the first span that is more than a date, since a date stands before the subject
   * ("5月韩嘉禾同志带队到……调研" matched at 5月 and 带队: 韩嘉禾同志 acts).
   */
  const actorAsked = (unit: Unit, spans: Span[]): Span => {
    // (Nor the topic a point's label names before its colon when another opens what follows it: "3. 国防教育：张德明副书记组织……
    // 开展国防教育4场" is asked after the label; "武装部：有武装部长1名，民兵专干由乡统计员兼任" as before.)
    // (So is a table row's item cell before the cell of who did it: "拥军优属｜区退役军人事务局走访慰问军属1260户", "5｜国防教育｜县教育局在……".)
    // (Or a topic's lead-in clause, a bureau, a body stationed in the place or a person after it: "拥军优属方面，县退役军人事务局走访慰问军属120户",
    // "拥军优属上，县长带领县政府班子春节走访驻县部队" (holdout971/09),
    // "……方面，驻县企业自行组织……"; not its townships or its people, "征兵工作方面，各乡镇、各部门密切配合……", the place's own work
    // told at large, nor the level above's money before the place's own, "经费方面，省军区下拨……，县财政对武装工作经费做到足额保障".)
    const runIn = RUN_IN_TOPIC.exec(unit.text)?.[0].length;
    const lead = runIn === undefined ? TOPIC_FIRST.exec(unit.text)?.[0].length : undefined;
    const found = runIn ?? lead ?? (unit.position === 0 && unit.tableHeader !== null ? ROW_ITEM.exec(unit.text)?.[0].length : 0) ?? 0;
    // (A date may open the doer's cell: "民兵整组｜3月，镇武装部长刘畅组织完成……".)
    // (Or a bureau: "4. 国防教育：市教育局在全市12所中小学开设国防教育课"; or in a township's or a street's report the level above
    // speaking, "经费保障：区委书记在全区党管武装工作会议上强调，各街道每年武装工作经费不少于10万元", holdout697/07 — not its treasury
    // giving, "经费保障：区财政下拨街道……，街道配套资金及时到位", where the street's share follows.)
    // (Or an occasion as a clause of its own before the bureau: "拥军优属：“八一”期间，县退役军人事务局牵头走访慰问……", holdout764/05.)
    const rest = masked(unit).slice(found).trimStart().replace(ROW_DATE, '');
    const openingEnd = clauseEndAt(rest, 0);
    const after = OCCASION_CLAUSE.test(rest.slice(0, openingEnd)) ? rest.slice(openingEnd + 1).trimStart() : rest;
    const aboveSpeaks = committee?.belowCounty && committee.superior?.test(after) && ABOVE_SPEAKS.test(after);
    const outside = BUREAU_NAMED.test(after) || aboveSpeaks || (lead ? STATIONED.test(after) || LEADER_FIRST.test(after) : otherStart.test(after));
    const label = found && outside ? found : 0;
    // (Matched in the label alone, it is asked at the sentence's end, whose last doer decides: "| 拥军优属 | 八一前夕，驻区企业自行组织
    // 慰问职工中的军属" names the firms' act, no mention of the reporter's, holdout919/05; "退役军人：区退役军人事务局在街道举办招聘会1场，
    // ……，街道做了场地和组织保障" the street's part, holdout325/06.)
    const sentenceEnd = unit.start + unit.text.length;
    // (Not a cell that only names a body, "1｜省级双拥模范县（三连冠）｜省委、省政府、省军区｜2023年12月": who gave it, no doer.)
    const told = label && !NAME_CELL.test(after);
    const asked = spans.find((s) => s.start - unit.start >= label && !DATE_ONLY.test(unit.text.slice(s.start - unit.start, s.end - unit.start))) ?? (told ? { start: sentenceEnd, end: sentenceEnd } : spans[0]);
    // (An occasion standing as a clause of its own is asked with the clause after it, whose subject acts on it: "9月全民国防教育日，
    // 区教育局组织全区中小学开展……", "八一期间，镇长带领……".)
    const from = asked.start - unit.start;
    const end = clauseEndAt(unit.text, from);
    if (end >= unit.text.length - 1 || !OCCASION_CLAUSE.test(unit.text.slice(clauseStartAt(unit.text, from), end))) return asked;
    const next = clauseEndAt(unit.text, end + 1);
    return { start: unit.start + next, end: unit.start + next };
  };

  const otherActor = (unit: Unit, span: Span): boolean => {
    // A treasury or a government matched a word or two into its clause is the subject whose owner stands before it ("市财政今年下拨
    // 我县……" matched at 财政): then who acts is asked up to its end.
    const from = Math.max(0, span.start - unit.start);
    const clauseStart = clauseStartAt(unit.text, from);
    // ("今年区财政下拨街道……": a date may stand first.)
    const owned = from > clauseStart && from - clauseStart <= 4 && OWNED_BODY.test(unit.text.slice(from));
    const bureau = owned ? null : BUREAU_NAMED.exec(unit.text.slice(clauseStart));
    const nameEnd = bureau && from < clauseStart + bureau[0].length ? clauseStart + bureau[0].length : -1;
    // A department's count of its own work, its name in the lead-in before the clause: "据区退役军人事务局统计，全年向辖区义务兵家庭发放
    // 优待金186万元" (not the 人武部's count of the place's, "据县人武部统计，全县征集新兵120名").
    if (COUNTED_BY_BUREAU.test(unit.text.slice(0, clauseStart)) && !selfStart.test(unit.text.slice(clauseStart))) return true;
    // A neighbour place of the report's level named at the clause's start, whatever word of it was matched: "河西街道党工委安排武装工作
    // 经费3万元" in 江滨街道's report, matched at 街道党工委 (holdout645/09).
    if (foreignNeighbour(unit.text.slice(clauseStart))) return true;
    const before = actorBefore(unit, owned ? from + 2 : nameEnd > 0 ? nameEnd : from);
    // The committee's meeting chaired by someone named, not by the reporter: "9月的县委议军会由县长李振华同志受我委托主持召开" (not
    // one the committee decided to hand on, "县委常委会研究决定由副县长王立新同志牵头……").
    if (before === false && CHAIRED_BY_NAMED.test(masked(unit)) && !namesReporter(unit)) return true;
    // Its own clause saying in brackets who led it, whoever the sentence opens with: "本人到县人武部办公（4次），深入民兵应急分队调研（县委
    // 副书记带队）".
    const ownClause = unit.text.slice(clauseStart, clauseEndAt(unit.text, from));
    if (BRACKET_LED.test(ownClause) || committee?.aboveNote?.test(ownClause)) return true;
    // (A "we" led by a deputy is the deputy's team: "我们在副书记带领下完成了民兵整组", holdout955/08.)
    if (before === false && WE_LED.test(masked(unit)) && !/我(?!们)|本人/.test(masked(unit))) return true;
    if (before !== null) return before;
    const clauseEnd = clauseBreaks(unit).find((b) => b >= from) ?? unit.text.length;
    // The topic first and its doer after it: "年度调研由县委副书记刘志平同志带队，于10月赴……开展" (not a post and who
    // holds it, "乡武装部长由副乡长兼任").
    const rest = masked(unit).slice(from, clauseEnd);
    if ((handedOver.test(rest) || CLEFT_OTHER.test(rest) || committee?.handedAbove?.test(rest)) && !HOLDS_POST.test(rest)) return true;
    // …or handed over by the reporter in the clause after the topic, a reason between them at most: "征兵这块儿，我交给县长王海了",
    // "春节、八一两次走访慰问军属和驻地部队，因与区里的会议时间冲突，我委托街道办事处主任代我带队".
    const after = masked(unit).slice(clauseEnd + 1).split(CLAUSE_BREAK);
    const handing = after.find((c) => !REASON_CLAUSE.test(c));
    if (handing !== undefined && handedByMe.test(handing)) return true;
    // Someone named as the one who led it, first, in a note or in a last clause: "上半年，林启明同志主持召开征兵工作会议，全年征集新兵62名",
    // "| 征兵 | 输送新兵9名 | 3月、8月（张海燕同志组织） |", "乡党委会研究武装工作2次，均由刘畅同志主持".
    if (LED_BY_NAMED.test(masked(unit)) && !namesReporter(unit)) return true;
    // A topic whose doer the next clause names: "半年一次的谈心谈话，也是他代表县委……进行的".
    const next = unit.text.slice(clauseEnd + 1);
    const named = DONE_BY_NEXT.exec(next) ?? DONE_BY_NEXT_PLAIN.exec(next);
    const doneBy = named && CHANGED_FIRST.test(ownClause) && !OUTSIDE_BODY.test(named[0]) ? null : named;
    if (doneBy) {
      const doer = mentions(next.slice(doneBy[1].length));
      // (Its subject first: "他代表县委……" is his act, whatever body he speaks for.)
      if (doer.otherAt >= 0) return true;
      if (doer.selfStartAt >= 0) return false;
    }
    // Chinese drops a repeated subject: the sentence before names it, unless a new point starts here or the reporter is
    // named later in this one ("征兵期间我两次到体检站检查").
    // (Nor does a point's label before it, "六是武装部长。6月乡武装部长刘新民调任……，乡党委当月就……选调……": a topic, no subject.)
    const previous = view.units[unit.id - 1];
    if (unit.position === 0 || previous?.paragraph !== unit.paragraph || POINT_START.test(unit.text) || SUMMING_UP.test(unit.text) || namesReporter(unit)) return false;
    // (Nor when a later clause names the reporter's side: "对各村的武装工作，镇里也纳入了年度考核".)
    if (unit.text.split(CLAUSE_BREAK).slice(1).some((c) => OWN_SIDE.test(c))) return false;
    if (LABEL_SENTENCE.test(previous.text) || PRONOUN_OBJECT.test(unit.text) || OWN_WORK_DONE.test(unit.text) || COMMITTEE_ACT.test(unit.text) || YEAR_RESOLVE.test(unit.text) || committee?.named.test(masked(unit))) return false;
    // (Nor past a sentence that opens with the reporter's committee or its meetings, its own subject: "……副书记全年到乡武装部办公
    // 10次……。乡党委会研究武装工作2次".)
    if (committee?.start.test(masked(unit)) || committee?.ownOpening?.test(unit.text) || committee?.organ.test(masked(unit))) return false;
    // (Through a run of sentences that open on a date and name no doer: "镇武装部长赵兴业牵头完成民兵整组……；4月组织……训练7天；
    // 8月组织民兵应急分队……" are all his.)
    let carrier = previous;
    while (subject(carrier) === null && carrier.position > 0 && MONTH_FIRST.test(carrier.text)) carrier = view.units[carrier.id - 1];
    // (Through any run without a subject from a neighbour place opening it: a paragraph copied from a neighbour's report is all the
    // neighbour's, "蓼川县把国防教育纳入……；清明期间，组织全县……；在县城人民广场设置……" in 岚西区's, holdout837/06.)
    // (Not past a sentence naming the reporter's side anywhere, "9月全民国防教育日，街道在石柳广场组织宣传活动".)
    let opener = previous;
    while (subject(opener) === null && opener.position > 0 && !namesOwnSide?.test(opener.text)) opener = view.units[opener.id - 1];
    if (!namesOwnSide?.test(unit.text) && subject(opener) === true && opener.text.split(CLAUSE_BREAK, 2).some(foreignNeighbour)) return true;
    // (Nor from someone who only found the faults the place then put right: "县委督查指出我镇……等问题，已按要求整改到位。全年完成征兵
    // 任务，送兵5名", holdout891/10.)
    if (carrier === previous && FINDS.test(previous.text.split(CLAUSE_BREAK)[0])) return false;
    // (Carried that far only from someone leading the work, not from a state of things: "全区9个街道武装部长全部专职……".)
    return subject(carrier) === true && (carrier === previous || LEADS.test(carrier.text.split(CLAUSE_BREAK)[0]));
  };

  /**
   * A match spread over clauses lies mainly in the clause that holds most of
   * its spans (on a tie, the first: "……强化考核激励，推动……，各乡镇党委……主动
   * 性明显增强" ends on an outcome, not an actor). When that clause
   * comes after the one the actor is asked about and hands the work to
   * another person ("由……负责"), or has one as its subject after an earlier
   * clause did so, the work is theirs:
   * "按照县人武部“四个一”要求，明确由副书记陈国庆同志负责落实，全年陈国庆同志
   * 每月到镇武装部办公一次". Other directives stay the reporter's doing:
   * "安排武装部长参加……集训".
   */
  const othersMainClause = (unit: Unit, spans: Span[]): boolean => {
    if (spans.length < 2) return false;
    const breaks = clauseBreaks(unit);
    // The clause of each span: how many breaks lie before it.
    const at = spans.map((s) => breaks.filter((b) => b < s.start - unit.start).length);
    // Most matches lie in one clause: nothing to weigh.
    if (at.every((k) => k === at[0])) return false;
    const text = masked(unit);
    const clause = (k: number) => text.slice(k ? breaks[k - 1] + 1 : 0, k < breaks.length ? breaks[k] : text.length).replace(/^\s+/, '');
    // The figures all in later clauses a body of the place opens: its work they count (see BODY_ACTS).
    const figures = spans.flatMap((x, k) => (/[0-9０-９]/.test(unit.text.slice(x.start - unit.start, x.end - unit.start)) ? [at[k]] : []));
    if (figures.length && figures.every((k) => k > at[0] && BODY_ACTS.test(clause(k)))) return true;
    const counts = new Map<number, number>();
    for (const k of at) counts.set(k, (counts.get(k) ?? 0) + 1);
    let main = -1;
    let most = 0;
    for (const [k, n] of counts) if (n > most || (n === most && k < main)) [main, most] = [k, n];
    if (main <= at[0]) return false;
    const assignedBefore = Array.from({ length: main }, (_, k) => clause(k)).some((c) => ASSIGNED.test(c) && !committee?.organLed.test(c));
    // The reporter named makes it the reporter's, unless naming the one who handed the work over ("我交给了……负责，他每个月……").
    if (namesReporter(unit) && !assignedBefore) return false;
    const head = clause(main);
    const m = mentions(head);
    if (m.selfStartAt >= 0) return false;
    if (m.directedAt >= 0) return ASSIGNED.test(head);
    // Someone else as the subject counts only after the work was handed over ("明确由……负责落实，全年陈国庆同志……"):
    // "听取武装部长……的汇报", "武装部长汇报……" are the reporter's meeting.
    return m.otherAt >= 0 && assignedBefore;
  };

  /** A sentence that names the reporter (我, 本人) is the reporter's, whatever else it holds ("我主持召开……，武装部长、派出所所长分别抓好……"). */
  // (Not a 我 inside a quoted slogan: "团县委……开展了“强国有我、青春从军”主题团日活动", holdout897/09.)
  const namesReporter = memo((unit: Unit): boolean => allMatches(selfAll, unquoted(unit)).some((m) => NAMES_REPORTER.test(m[0])));
  /** The reporter named only in a last clause of keeping up what was there (KEPT_SINCE_ARRIVAL). */
  const keptSinceArrival = (unit: Unit): boolean => {
    const text = masked(unit).replace(/[。；;！!]\s*$/, '');
    const kept = KEPT_SINCE_ARRIVAL.exec(text);
    return kept !== null && !allMatches(selfAll, text.slice(0, kept.index)).some((m) => NAMES_REPORTER.test(m[0]));
  };

  /** Offsets in the sentence of its clause breaks. */
  const clauseBreaks = memo((unit: Unit): number[] => {
    const out: number[] = [];
    for (let k = 0; k < unit.text.length; k++) if (isClauseBreak(unit.text, k)) out.push(k);
    return out;
  });

  const clauseOf = (unit: Unit, span: Span): Span => {
    const text = unit.text;
    let from = span.start - unit.start;
    let to = span.end - unit.start;
    while (from > 0 && !isClauseBreak(text, from - 1)) from--;
    while (to < text.length && !isClauseBreak(text, to)) to++;
    // "经费保障方面，今年县财政没有专门安排……": a topic lead-in is one clause with what it introduces.
    if (to < text.length && TOPIC_LEAD.test(text.slice(from, to))) {
      to++;
      while (to < text.length && !isClauseBreak(text, to)) to++;
    } else if (from > 0) {
      let lead = from - 1;
      while (lead > 0 && !isClauseBreak(text, lead - 1)) lead--;
      if (TOPIC_LEAD.test(text.slice(lead, from - 1))) from = lead;
    }
    return { start: unit.start + from, end: unit.start + to };
  };

  /**
   * The span (offsets in the sentence) starts and ends on word boundaries.
   * Only its clause is cut: no word spans a punctuation mark, so jieba finds
   * the same boundaries in the clause as in the whole sentence, for a
   * fraction of the cost (the segmenter was the largest cost of scoring).
   */
  const isWord = (unit: Unit, s: Span): boolean => {
    const clause = clauseOf(unit, { start: unit.start + s.start, end: unit.start + s.end });
    const from = clause.start - unit.start;
    const bounds = view.boundaries(unit.text.slice(from, clause.end - unit.start));
    return bounds.has(s.start - from) && bounds.has(s.end - from);
  };

  /** The parenthesis around a span within its clause, if any: "全年到市人武部办公11次（2月因疫情防控未能前往）". */
  const parenthesisOf = (unit: Unit, span: Span, clause: Span): Span | null => {
    const text = unit.text;
    const open = Math.max(text.lastIndexOf('（', span.start - unit.start), text.lastIndexOf('(', span.start - unit.start));
    if (open < 0) return null;
    const closed = text.slice(open, span.start - unit.start).search(/[）)]/);
    if (closed >= 0) return null;
    // (A parenthesis may hold clauses of its own: "办公10次（2月、7月在县委党校参加集中培训，未能到部）".)
    const close = text.slice(span.end - unit.start, open < clause.start - unit.start ? undefined : clause.end - unit.start).search(/[）)]/);
    return close < 0 ? null : { start: unit.start + open, end: span.end + close + 1 };
  };

  /** A fault's words that tell how things stand, not what fell short: an absence explained, work a disaster put off, the money's arrangement, a step pending. */
  const accountedFor = (unit: Unit, span: Span): boolean => {
    const clause = clauseOf(unit, span);
    const own = unit.text.slice(clause.start - unit.start, clause.end - unit.start);
    // (Or the reason given in the clause after it, "有2个月未到人武部办公，是因为3月参加省委党校专题研讨班学习", or before it.)
    // (The pending step's own words only: not the reporter's neglect told beside it, "我对武装工作过问不多，……，营区改造已启动，资金……
    // 尚未到位".)
    const pending = PENDING_STEP.exec(unit.text);
    const withinPending = pending !== null && span.start - unit.start >= pending.index && span.end - unit.start <= pending.index + pending[0].length;
    // (The delay read with the rest of the sentence after it, which may say the work never came: "……因防汛推迟，至今未进行".)
    return EXPLAINED_ABSENCE.test(own) || PUT_OFF_BY_DISASTER.test(unit.text.slice(clause.start - unit.start)) || MONEY_ARRANGED.test(unit.text) || withinPending || (ABSENT.test(own) && (REASON_AFTER.test(unit.text.slice(clause.end - unit.start)) || REASON_BEFORE.test(unit.text.slice(0, clause.start - unit.start))));
  };

  /** Clauses that state a fault ("3月未能到人武部办公", "经费保障还不到位"), as absolute ranges; a fault in parentheses faults only them. */
  const faultClauses = memo((unit: Unit): Span[] => {
    const out: Span[] = [];
    for (const cue of shortcomings(unit)) {
      const whole = clauseOf(unit, cue);
      const clause = parenthesisOf(unit, cue, whole) ?? whole;
      if (!out.some((c) => c.start === clause.start)) out.push(clause);
    }
    return out;
  });

  /**
   * A match is not the reporter's achievement when all its clauses name a
   * fault ("经费保障还不到位", "尚未建立……制度"), or when the sentence names
   * one and the match's own clause, after it, reports nothing done
   * ("仍有差距：一是……调研……"). The engine has already blanked the fault
   * clauses before matching, so what remains must prove the criterion alone.
   */
  /** A fault whose clause names the reporter up to it ("我没有及时推动……"). */
  const ownFault = (unit: Unit, q: Span): boolean => NAMES_REPORTER.test(unit.text.slice(clauseOf(unit, q).start - unit.start, q.end - unit.start));
  const negative = (unit: Unit, spans: Span[]): boolean => {
    if (unit.context === 'shortcoming') return true;
    // Awaiting approval after it, as a whole: "《……考核办法》已由县委办起草完成，……，待县委常委会审定后印发".
    const after = unit.text.slice(clauseOf(unit, spans[0]).end - unit.start);
    const funded = FUNDED_BY_OTHERS.exec(after);
    if ((AWAITS.test(after) || (funded && !OWN_SHARE_AFTER.test(after.slice(funded.index + funded[0].length)))) && !PART_OF.test(after)) return true;
    const cues = shortcomings(unit);
    if (cues.length === 0) return false;
    // Among the year's faults and plans, the reporter's own fault first and what came of it after ("撤镇设街道两年了，我没有及时推动……民兵连
    // 建制调整，至今仍按原镇村模式编组，有21名民兵已随矿企搬迁离开辖区，还挂在连里", holdout964/11): all of it is the fault told.
    if (unit.review && unit.context === null && cues.some((q) => q.start < spans[0].start && ownFault(unit, q))) return true;
    // "虽然年初明确了……的安排，但是……都没有落实": what a concession grants, the fault after it takes back.
    if (CONCESSIVE.test(unit.text) && cues.some((q) => q.start > spans[0].start)) return true;
    // So does a later clause that says the money or the work never came, unless it takes back only a part of it:
    // "预算中本来有……经费200万元，后被调剂用于防汛", "全部由上级军队系统保障，地方财政未安排".
    const takesBack = (q: Span) => {
      const clause = clauseOf(unit, q);
      const text = unit.text.slice(clause.start - unit.start, clause.end - unit.start);
      // (A figure takes back only its part, unless it is "not once": "一年下来一次也没谈成".)
      // (Nor is a month one: "7月山洪后全部调去修路救灾了".)
      return TAKEN_BACK.test(text) && !QUANTITY.test(text.replace(/一(次|回)(都|也)|[0-9一二三四五六七八九十]{1,2}月份?/g, '')) && !PART_OF.test(text);
    };
    if (cues.some((q) => q.start > spans[0].start && takesBack(q))) return true;
    // A fault that announces what follows it ("“四个一”制度在我这里形同虚设：每月到人武部现场办公一次、……"), and one that sums up
    // what went before ("……，这些都停在纸面上").
    if (cues.some((q) => q.start < spans[0].start && /^\s*[：:]/.test(unit.text.slice(clauseOf(unit, q).end - unit.start)))) return true;
    if (cues.some((q) => q.start > spans[0].start && SUMS_UP.test(unit.text.slice(clauseOf(unit, q).start - unit.start)))) return true;
    const clauses = spans.map((s) => clauseOf(unit, s));
    const faults = faultClauses(unit);
    if (spans.every((s) => faults.some((f) => s.start >= f.start && s.end <= f.end))) return true;
    // A fault in parentheses ("（2月未能前往）") says nothing of what follows it.
    const inParenthesis = (q: Span) => parenthesisOf(unit, q, clauseOf(unit, q)) !== null;
    if (!cues.some((q) => q.start < spans[0].start && !inParenthesis(q))) return false;
    return !clauses.some((c) => {
      const text = unit.text.slice(c.start - unit.start, c.end - unit.start);
      return past.test(text) || QUANTITY.test(text);
    });
  };

  /**
   * Words of others filed with the report: under a heading that names them ("附件：县人武部点评意见", "附：民主测评情况"), in
   * a paragraph labelled so ("【市人武部点评】……"), or a reviewer's remark reported. What they say is no account of the reporter's.
   */
  const othersWords = memo((unit: Unit): boolean => {
    if (underHeading(unit, OTHERS_WORDS) || OTHERS_LABEL.test(unit.paragraph.normalized) || OTHERS_REMARK.test(unit.text)) return true;
    // (Also an attachment whose own title line names them: "附件" over "县人武部党委对周启航同志……的点评意见".)
    const top = unit.sections[0];
    return top !== undefined && /^附/.test(headingText(top)) && OTHERS_WORDS.test(top.paragraphs[0]?.normalized ?? '');
  });

  /** The figures of a clause (counts, amounts, months), as absolute ranges. */
  const figuresIn = (clause: string, at: number): Span[] => allMatches(FIGURES, clause).map((m) => ({ start: at + m.index, end: at + m.index + m[0].length }));

  /** A part of a sentence after a semicolon whose first part opened with an earlier year, with no year or 今年 of its own. */
  const continuesEarlier = (unit: Unit): boolean => {
    for (let k = unit.id - 1; k >= unit.id - unit.position; k--) {
      const before = view.units[k];
      const text = masked(view.units[k + 1]);
      if (!/[；;]\s*$/.test(before.text) || thisYear.test(text) || ANY_YEAR_AT_START.test(text)) return false;
      const year = YEAR_AT_START.exec(masked(before));
      if (year) return !!reportYear && Number(year[1]) < reportYear && !thisYear.test(masked(before));
    }
    return false;
  };

  /**
   * An earlier year opening the sentence is not the period reported on ("2022年，我每月……" in 2024), unless it runs on to now.
   * ("2023年12月县委常委会研究决定……，今年首次实施" or "……，1月起……正式实施" carries the decision into the period.)
   * (So does the sentence the unit continues after a semicolon: "2023年，我全年到县人武部办公12次；3月、6月……议军4次；……".)
   */
  const opensEarlier = memo((unit: Unit): boolean => {
    const text = masked(unit);
    const year = YEAR_AT_START.exec(text);
    return (beforeFirstYear(year) || beforeFirstYear(BUILT_IN_YEAR.exec(text)) || continuesEarlier(unit) || OTHER_POST_TIME.test(text)) && !FROM_MONTH.test(text) && !CARRIED.test(text);
  });

  /** A clause dated in brackets before the period (see BRACKET_TIME). */
  const bracketedEarlier = (clause: string): boolean => {
    const time = BRACKET_TIME.exec(clause);
    return time !== null && (time[2] !== undefined || beforeFirstYear(time));
  };

  /** The spans of the figures an earlier year tags inside their clause (YEAR_TAGGED_FIGURE). */
  const taggedEarlier = memo((unit: Unit): Span[] => {
    const text = masked(unit);
    if (!firstYear || !text.includes('年')) return NONE;
    return [...text.matchAll(YEAR_TAGGED_FIGURE)].filter((m) => Number(m[1]) < firstYear).map((m) => ({ start: unit.start + m.index, end: unit.start + m.index + m[0].length }));
  });

  // (Asked twice of a sentence, by opensLastReport and opensLastYear, in notDoneOf and blankedBy.)
  const openingClause = memo((unit: Unit): string => {
    const text = masked(unit);
    return text.slice(0, clauseEndAt(text, 0)).replace(POINT_LABEL, '');
  });
  const opensLastReport = (unit: Unit): boolean => LAST_REPORT_TIME.test(openingClause(unit));
  /**
   * Last year's time alone opening the sentence (see LAST_YEAR_TIME); not in a report written early in the next year, whose 去年 is the
   * period. (Last year's 述职 is before the period whenever the report is written: see LAST_REPORT_TIME.)
   */
  const opensLastYear = (unit: Unit): boolean => opensLastReport(unit) || (!writtenNextYear && LAST_YEAR_TIME.test(openingClause(unit)));

  const tenureTotal = (text: string): boolean =>
    view.report.meta.since === undefined && TENURE_TOTAL.test(text) && !(SINCE_OFFICE.test(text) && arrival !== null && arrival.year === reportYear);

  // (A total over the years in office takes its figures from the year's, whatever else the sentence's clauses say; a total over
  // recent years in a later clause takes the rest of the sentence, see RUNNING_TOTAL_LATER.)
  const notDoneClauses = memo((unit: Unit): Span[] => {
    const spans = notDoneOf(unit);
    const withTenure = tenureTotal(unit.text) ? spans.concat(figuresIn(unit.text, unit.start)) : spans;
    const laterTotal = RUNNING_TOTAL_LATER.exec(unit.text);
    return laterTotal ? withTenure.concat({ start: unit.start + laterTotal.index + 1, end: unit.end }) : withTenure;
  });

  /**
   * Clauses that are not work done in the period, whatever they hold (cues.notDone):
   * a question, a rule, a condition, something pending or proposed, someone else's
   * charge, an earlier year ("应当做到每月到人武部办公一次", "申请……经费120万元，目前
   * 正在审批中", "如果工作需要，……"). Blanked before a done-signal matches, as faults are.
   */
  const notDoneOf = (unit: Unit): Span[] => {
    // A form's yes-or-no field answered yes ("4.是否开展国防教育｜是") claims the work, asks nothing.
    if (unit.paragraph.origin === 'table' && ANSWERED_YES.test(unit.text)) return NONE;
    if (listsTargets(unit) || afterPeriod(unit)) return [{ start: unit.start, end: unit.end }];
    const rules = rulesListOf(unit);
    if (rules !== null) return [{ start: unit.start + rules.from, end: unit.end }];
    // A total over years or to date names the work, and its figures are not the year's (as last year's beside this year's, see comparesWithNow).
    // (So is a passage a correction elsewhere makes such a total, see CORRECTION.)
    if (RUNNING_TOTAL.test(unit.text) || correctedBy(unit, false)) return figuresIn(unit.text, unit.start);
    const text = masked(unit);
    const question = QUESTION.test(text);
    const earlier = opensEarlier(unit) && !nowIn(text);
    // An earlier year may also open a later clause, and then governs until another year or 今年 ("这几年，区委打下了几块基础：
    // 2013年出台《……考核办法》，把武装工作纳入……考核").
    const laterYears = !!reportYear && EARLIER_CLAUSE.test(text) && !FROM_MONTH.test(text);
    // Most sentences hold no such marker: one test of the combined patterns settles them.
    const takenBack = /[没未]/.test(text) && text.split(CLAUSE_BREAK).some((c, k) => k > 0 && UNDONE_AFTER.test(c));
    // A total since an earlier year, its clauses however split ("2020年以来，镇党委累计投入武装工作经费216万元，其中……"): no year's.
    const since = SINCE_TOTAL.exec(text);
    const overYears = beforeFirstYear(since);
    // What the sentence says is not the reporter's to report: "……都是在周怀民同志任内完成的，我在这里一并说明，不作为本人述职内容".
    const disowned = DISOWNED.test(text);
    const apart = text.includes('除') ? [...text.matchAll(SET_APART)].map((m) => ({ start: unit.start + m.index, end: unit.start + m.index + m[1].length })) : NONE;
    const tagged = taggedEarlier(unit);
    const memory = MEMORY.exec(text);
    const remembered = memory !== null && (memory[1] === undefined || (reportYear !== null && Number(memory[1]) < reportYear));
    if (!question && !disowned && !remembered && !opensEarlier(unit) && !overYears && !laterYears && !bracketedEarlier(text) && !takenBack && !notDone.test(text) && !notDoneHere.test(text) && !notDoneAtStart.test(text.replace(POINT_LABEL, '')) && !WITHDRAWN.test(text) && !RULE_SPELLING.test(text) && !EARLIER_TIME.test(text)) return [...apart, ...tagged];
    const clauses = text.split(CLAUSE_BREAK);
    const fulfilled = clauses.some((c) => FULFILLED.test(c));
    // One opening the sentence ("如果工作需要，我……", "去年……") governs all of it; so does a question mark.
    // (After a point's label: "一是只要人武部有需要，我随叫随到……".)
    let all = question || earlier || disowned || notDoneAtStart.test(clauses[0].replace(POINT_LABEL, ''));
    // A later clause that withdraws what the sentence set out ("……起草了《考核办法》，原定12月常委会审议，因会议议程调整未能上会")
    // takes all of it back, whatever was done on the way.
    const withdrawn = clauses.slice(1).some((c) => WITHDRAWN.test(c));
    const out: Span[] = [];
    let at = unit.start;
    let state = false;
    // A rule's source named (RULE_SOURCE): the duties after it are the rule's, until the reporter or work done comes in.
    let ruled = false;
    let prev: { text: string; span: Span; excluded: boolean } | null = null;
    // An earlier year opening the sentence governs its clauses until 今年 ("2023年全县征集新兵58名，……，今年的征兵工作目前正在
    // 有序推进"), whatever they report done ("2025年……全乡输送新兵9名，“十四五”期间累计输送新兵41名"); so does a total since one.
    // (So does last year's time alone opening it, whatever the clauses after it tell done: "去年12月底，乡党委会研究确定了今年民兵整组
    // 和征兵工作方案", holdout739/05.)
    let before = opensEarlier(unit) || overYears || opensLastYear(unit) || remembered;
    const lastReport = opensLastReport(unit);
    // Last year beside this year ("去年到镇武装部办公6次，今年做到每月一次，共12次"): the earlier clause's figures are not the
    // period's, but what it names is the topic the later clause counts.
    // (So is a total over years with the year's share after it, "2022年以来，县财政累计投入……960万元，其中今年320万元"; not another work
    // of this year told after it, "……累计专题研究武装工作16次，今年征兵工作圆满完成，征集新兵186名".)
    const comparesWithNow =
      ((earlier || LAST_YEAR_OPENING.test(clauses[0].replace(POINT_LABEL, ''))) && clauses.slice(1).some((c) => nowIn(c))) ||
      (overYears && clauses.slice(1).some((c) => YEAR_SHARE.test(c) && nowIn(c)));
    for (const clause of clauses) {
      const opensYear = laterYears ? YEAR_OPENING.exec(clause) : null;
      if (opensYear) before = beforeFirstYear(opensYear) && !thisYear.test(clause);
      // (Not the range's end a total over years opens on: "2017至2019年，……累计……" in a report on 2019.)
      else if ((nowIn(clause) && !(overYears && at === unit.start)) || BACK_TO_NOW.test(clause)) before = false;
      if (EARLIER_TIME.test(clause)) before = true;
      if (lastReport && at > unit.start && !SAID_THEN.test(clause) && (DONE_SINCE.test(clause) || committee?.start.test(clause.trimStart()) || selfStart.test(clause.trimStart()))) before = false;
      // Such a marker governs the clauses after it ("第一书记须每月……，每季度……"), until the reporter is named
      // anew or a clause reports work done ("人武部申请的……经费，县财政已全部拨付", "只要人武部有需要，……全年到
      // 县人武部现场办公12次"); one of notDoneHere only its own ("……，由县人武部负责考核打分").
      if (selfStart.test(clause.replace(/^\s+/, '')) && !all) state = ruled = false;
      if (!question && !disowned && (past.test(clause) || DONE_TOTAL.test(clause) || nowIn(clause))) all = state = ruled = false;
      // (The comparison's earlier year opens it; only its figures go, see comparesWithNow.)
      if (notDone.test(clause) && !CAME_ABOUT.test(clause) && !(fulfilled && PLANNED_EARLIER.test(clause)) && !(comparesWithNow && at === unit.start)) state = true;
      const span = { start: at, end: at + clause.length };
      const here = notDoneHere.test(clause);
      // The topic handed over with 由 goes with it ("……纳入年度预算的具体事宜，由县财政局负责落实").
      if (here && prev && !prev.excluded && ASSIGNED.test(clause) && HANDED_TOPIC.test(prev.text) && !ACT.test(prev.text)) out.push(prev.span);
      // The rule spelled out after the clause that names it ("按照县委关于……“四个一”的要求，即每月到乡武装部办公一次、……"; not
      // a practice, the seed's "坚持做到“四个一”，即每个月至少到人武部办公一次" or "落实区委……“三个一”的要求，即……").
      const spellsRule: boolean = prev !== null && ((RULE_SPELLED.test(clause) && RULE_NAMED.test(prev.text)) || (ruled && (OBLIGED.test(clause) || (POST_DUTY.test(clause) && !YEAR_KEPT.test(text)))));
      const excluded: boolean = all || state || here || before || withdrawn || spellsRule || bracketedEarlier(clause);
      if (prev && !prev.excluded && UNDONE_AFTER.test(clause)) out.push(prev.span);
      // A topic led in goes with the clause it introduces: "对于经费保障，人武部向县财政申请追加经费150万元".
      if (excluded && prev && !prev.excluded && (LEAD_IN.test(prev.text) || TOPIC_LEAD.test(prev.text))) out.push(prev.span);
      if (excluded && comparesWithNow && !state && !here) out.push(...figuresIn(clause, span.start));
      else if (excluded) out.push(span);
      prev = { text: clause, span, excluded };
      if (RULE_SOURCE.test(clause)) ruled = true;
      at += clause.length + 1;
    }
    return [...out, ...apart, ...tagged];
  };

  /**
   * A plan or a fault whose clause has a superior or another place as its
   * subject ("军分区下一步将组织比武考核", "兄弟县普遍存在训练不足的问题",
   * "军分区检查组指出，全市……"), unless the reporter is named after it.
   */
  const outsiders = (unit: Unit, span: Span): boolean => {
    const text = masked(unit).slice(0, clauseOf(unit, span).end - unit.start);
    let decision = false;
    for (const clause of text.split(CLAUSE_BREAK)) {
      const head = clause.replace(/^\s+/, '');
      if (selfStart.test(head)) decision = false;
      else if (outsiderStart.test(head)) decision = true;
    }
    return decision;
  };

  /**
   * "存在不足。" or "下步打算：" opening a paragraph (alone, or run in before
   * what follows) is a heading without a number, not a statement.
   */
  const isLabel = (unit: Unit): boolean => {
    // (Not a label with its content after the colon, however short: "不足：创新不够。", holdout641/11.)
    if (unit.position !== 0 || LABEL_WITH_CONTENT.test(unit.text)) return false;
    const words = labelWords(unit);
    // (Nor a short fault told with its adverb: "工作还不够细。" under "三、不足和打算", holdout947/10.)
    return words.length <= 6 && (sectionWords.test(words) || /不足|问题|差距/.test(words)) && !/(还|仍|尚)(不|没|未|欠|有待)/.test(words);
  };

  /**
   * "征兵工作。" opening a paragraph, or "五是专武干部队伍建设。" opening a point, names its topic as a heading
   * would: it reports nothing done (what follows it in the paragraph does).
   */
  const isTopicLabel = memo((unit: Unit): boolean => {
    // (Or a line of its own: "关于国防教育。" heads the paragraphs after it.)
    const alone = unit.paragraph.sentences.length === 1;
    // A table's caption names what its rows tell: "表2　2024年武装工作经费到位情况".
    if (alone && CAPTION.test(unit.text)) return true;
    if (!alone && unit.position >= unit.paragraph.sentences.length - 1) return false;
    const text = labelWords(unit);
    // "关于民兵应急连组建。" alone names what the paragraphs after it tell, whatever its noun (the label the view reads).
    if (alone && /^关于/.test(text)) return labelOf(unit.paragraph) !== null;
    const words = text.replace(POINT_LABEL, '');
    if (unit.position !== 0 && words === text) return false;
    // (Two topics joined under one point: "第五，关于国防教育和拥军优属。")
    const topics = words.replace(/^关于/, '').split(/[和与及、]/);
    const joined = topics.length === 2 && topics.every((t) => TOPIC_NOUN.test(t) || TOPIC_TERM.test(t));
    if (words.length > 8 && !(words !== text && (TASK_LABEL.test(words) || joined))) return false;
    // A point's label names its topic whatever its noun, or as a task ("二是经费保障。", "二是落实经费保障。"), with more of
    // the point after it: the sentences after tell what was done.
    if (TOPIC_NOUN.test(words) || (words !== text && !alone && !RESULT.test(words) && (TOPIC_TERM.test(words) || TASK_LABEL.test(words) || joined))) return true;
    // So does a run-in label without a number, or the field's bare name, over what a stand-in or a bureau did ("**经费保障。** 县长主持
    // 召开县政府常务会议……", "**征兵。**" over "市长任征兵工作领导小组组长……"): it is no mention of the reporter's own. (Over the place's
    // own account it still names the field: "一是征兵。区里下给镇上的任务是9名，送走9名，……".)
    const next = view.units[unit.id + 1];
    const more = next?.paragraph === unit.paragraph || (alone && labelOf(unit.paragraph) !== null && next?.sections.at(-1) === unit.sections.at(-1));
    // (Or over a sentence that hands the field to others: "**拥军优属。** 这方面的工作主要由区政府和区退役军人事务局负责"; or over an
    // earlier year's, "**拥军优属。**2019年，杉坪被评为全县双拥工作先进镇" in a report on 2023, holdout706/11; or over the months before
    // the reporter came, "**兵员征集。** 全区……共输送新兵94名，……3月和9月分别完成起运" after an October arrival, holdout723/04.)
    const othersAfter = () => OTHERS_OPEN.test(next.text) || HANDED_ASIDE.test(next.text) || (next.paragraph === unit.paragraph && (opensEarlier(next) || beforeArrival(next)));
    return more && unit.position === 0 && !RESULT.test(words) && (TOPIC_TERM.test(words) || TASK_LABEL.test(words) || joined || FIELD_NAME.test(words)) && othersAfter();
  });

  /**
   * The predecessor's work: said so in the sentence, or under a heading about that time, or in a paragraph that opens with
   * it ("1至8月，前任书记邵明远同志主持县委工作。上半年县委常委会召开议军会2次……") until the reporter's own time comes back.
   */
  /**
   * An item of a list the predecessor's paragraph introduces with a colon ("前任市委书记在任期间，市委坚持……，主要完成了以下工作："
   * then "1. ……"), until the reporter or his time is named on the way back to it, within the section.
   */
  // (What lies before a paragraph is the same for each of its sentences: asked once a paragraph.)
  const listedParagraphs = new Map<Unit['paragraph'], boolean>();
  const listedByPredecessor = (unit: Unit): boolean => {
    let listed = listedParagraphs.get(unit.paragraph);
    if (listed === undefined) listedParagraphs.set(unit.paragraph, (listed = introducedByPredecessor(unit.id - unit.position, unit.sections.at(-1))));
    return listed;
  };
  const introducedByPredecessor = (opening: number, section: Unit['sections'][number] | undefined): boolean => {
    let paragraphs = 0;
    for (let id = opening - 1; id >= 0 && paragraphs < LIST_REACH; id--) {
      const u = view.units[id];
      if (u.isHeading || u.sections.at(-1) !== section || namesReporter(u) || OWN_TIME_AGAIN.test(u.text)) return false;
      if (u.position !== 0) continue;
      paragraphs++;
      if (INTRO_COLON.test(u.paragraph.normalized) && PREDECESSOR.test(masked(u))) return true;
    }
    return false;
  };

  /**
   * A table row split at its semicolon whose later part is the reporter's own share of the same count: "每季度召开常委会议军1次｜4次｜3月1次
   * 为前任主持；" then "本人主持6月、9月、12月3次，研究议题9项". The row is the reporter's as well as the predecessor's.
   */
  const ownShareInRow = (unit: Unit): boolean => {
    if (unit.paragraph.origin !== 'table' || !/[；;]\s*$/.test(unit.text)) return false;
    const next = nextInParagraph(view, unit);
    return next !== undefined && namesReporter(next);
  };

  const byPredecessor = memo((unit: Unit): boolean => {
    if (ownShareInRow(unit)) return false;
    // (The reporter named, saying it was before him: "……整组在我到任前已经完成：3月送兵4名", unless his own time comes back in it.)
    const beforeMe = BEFORE_ME.exec(unit.text);
    if (beforeMe) return !OWN_TIME_AGAIN.test(unit.text.slice(beforeMe.index + beforeMe[0].length));
    if (/前任/.test(unit.text) && LEFT_AS_IS.test(unit.text)) return true;
    if (namesReporter(unit)) return false;
    if (PREDECESSOR.test(masked(unit)) || underHeading(unit, PREDECESSOR_HEADING)) return true;
    if (listedByPredecessor(unit)) return true;
    if (THAT_SPAN.test(unit.text) && unit.id > 0 && AWAY_SPAN.test(view.units[unit.id - 1].text)) return true;
    // (Nor under a heading of the reporter's own time: "二、合并后的民兵整组" over "合并前原双河镇有基干民兵5个排……。2月党委会研究整组方案……",
    // holdout662/02.)
    if (unit.position === 0 || underHeading(unit, SINCE_OWN_START)) return false;
    // The paragraph's opening or a later sentence telling the predecessor's span, unless the reporter's time comes back on the way
    // ("我于2026年4月……调任……。1月至3月，镇党委工作由前任书记……主持，其间完成了……；在镇里的……宗祠布置了国防教育角；").
    // (A paragraph's sentences are consecutive units.)
    const opening = unit.id - unit.position;
    for (let id = unit.id; id > opening; id--) {
      const u = view.units[id];
      if (OWN_TIME_AGAIN.test(u.text) || namesReporter(u)) return false;
      const before = view.units[id - 1];
      // (Not an opening that is the reporter's own time, carrying on what the predecessor settled: "接任后，我注意保持……的连续性，前任已
      // 研究确定的事项我继续推动。")
      const predecessorOpening = () => PREDECESSOR.test(masked(before)) && !(OWN_TIME_AGAIN.test(before.text) && namesReporter(before));
      if (id - 1 === opening ? predecessorOpening() || AWAY.test(before.text) : PREDECESSOR_SPAN.test(masked(before))) return true;
    }
    return false;
  });

  /** A table row whose item and figures a sentence dated before the arrival tells (see beforeArrival). */
  const rowToldBefore = (row: Unit): boolean => {
    const item = ROW_ITEM.exec(row.text)?.[1];
    const figures = item ? row.text.slice(row.text.indexOf(item) + item.length).match(ROW_FIGURE) : null;
    if (!item || !figures) return false;
    return view.units.some((u) => u.paragraph.origin !== 'table' && figures.every((f) => u.text.includes(f)) && sharesWord(item, u.text) && beforeArrival(u));
  };
  /**
   * Work dated before the reporter came in the report's year, the reporter not named in it: "今年街道共输送新兵9名，9月8日在街道广场
   * 举行了欢送仪式" after "我于2023年9月20日到茗湖街道任党工委书记" is the place's year before him, and so is "上半年，……" after a
   * September arrival. (A month alone in the month of the arrival is not before it.)
   */
  const sinceArrivalSection = arrival !== null && view.units.some((u) => u.sections.some(isSinceArrival));
  const beforeArrival = memo((unit: Unit): boolean => {
    if (!arrival) return false;
    // A part headed by months that end by the arrival ("一、1月至8月在枫林县的工作" after "2025年8月中旬，我由枫林县委书记调任……"),
    // as its heading or as its paragraph's short first sentence: the post before, the reporter's own work there too.
    const inner = unit.sections.find((section) => section.heading !== null);
    const lead = view.units[unit.id - unit.position];
    const label = lead.text.length <= 30 && MONTH_SPAN.test(lead.text) ? lead.text : inner ? headingText(inner) : '';
    const span = arrival.year === reportYear ? MONTH_SPAN.exec(label) : null;
    if (span && numberOf(span[1]) < arrival.month && numberOf(span[2]) <= arrival.month) return true;
    if ((namesReporter(unit) && !keptSinceArrival(unit)) || ownShareInRow(unit)) return false;
    // In a term's report the reporter came in one of its years, and the years a sentence names decide first: "2022年，区委出台……"
    // after "我于2023年3月到汶北区任职" is before; "经费2022年210万元、2023年228万元、2024年246万元" is not all of it before.
    // (A report that states no year of its own is of the year the reporter came: "……到任以来党管武装工作述职报告".)
    if (arrival.year !== (reportYear ?? (view.report.meta.since === undefined ? arrival.year : null))) {
      const years = [...unit.text.matchAll(YEAR_NAMED)].map((m) => Number(m[1]));
      // (A month alone: which year, the sentence does not say.)
      if (years.length === 0 || years.some((y) => y > arrival.year!)) return false;
      if (years.every((y) => y < arrival.year!)) return true;
    }
    const date = FIRST_DATE.exec(unit.text);
    if (!date) {
      // A row of the year's table that repeats what the report dates before the arrival is the predecessor's: "新配备专武干部｜5名"
      // beside "5月，县委调整配备专武干部5名" after a July arrival (not "征集新兵｜150名（上半年86名，下半年64名）").
      if (unit.paragraph.origin === 'table' && rowToldBefore(unit)) return true;
      // (Or the heading it stands under: "一、上半年工作情况" over "县委为11个乡镇补齐专武干部4名" after a July arrival.)
      const inner = unit.sections.find((section) => section.heading !== null);
      const period = PERIOD_FIRST.exec(unit.text) ?? (inner ? PERIOD_FIRST.exec(headingText(inner)) : null);
      // (The half the reporter came in the last month of is the predecessor's: "上半年新配备专武干部5名" after a June arrival. So is one
      // begun before it, in a report that gives the time since the arrival a section of its own and not in that section: "上半年调整充实了
      // ……6个乡镇的专武干部" under 一、全年武装工作总体情况 beside 二、到任后履行第一书记职责情况, after a May arrival.)
      if (period) return PERIOD_END[period[1]] <= arrival.month || (PERIOD_START[period[1]] < arrival.month && sinceArrivalSection && !unit.sections.some(isSinceArrival));
      // (Holidays all before the arrival: "春节、八一期间，县委、县政府主要领导带队走访慰问驻县部队" after "今年8月中旬，我……调任".)
      // (The spring festival only in a report on one year: a tenure's may take in the next one, "任职以来" from July to March.)
      const holidays = HOLIDAYS_FIRST.exec(unit.text)?.[1].split(/[、和及与]/).filter((h) => h !== '春节' || reportYear !== null);
      if (holidays?.length) {
        const [month, day] = holidays.map((h) => FESTIVAL_DATE[h] as [number, number | null]).reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && (b[1] ?? 0) > (a[1] ?? 0)) ? b : a));
        return month < arrival.month || (month === arrival.month && day !== null && arrival.day !== null && day < arrival.day);
      }
      // (A time opening the sentence reaches the points after its semicolons: "上半年，县委召开常委会议军2次……；春季征兵征集新兵58名；
      // 为8个乡镇配齐了专职武装部长。")
      // (Not a point with a time of its own: "……；八一期间走访慰问驻县部队".)
      const before = unit.position > 0 ? view.units[unit.id - 1] : undefined;
      // (And "同月" the month of the sentence before: "今年3月，县委常委会专题议军……。同月，调整充实乡镇专武干部5名。")
      return before !== undefined && ((/[；;]\s*$/.test(before.text) && !OWN_OCCASION.test(unit.text)) || SAME_MONTH.test(unit.text)) && beforeArrival(before);
    }
    const month = numberOf(date[1]);
    const before = month < arrival.month || (month === arrival.month && date[2] !== undefined && arrival.day !== null && Number(date[2]) < arrival.day);
    // (Unless a later clause opens on a month of the reporter's own: "区委常委会全年专题议军4次：三月研究……，五月研究……，八月研究……" after
    // a July arrival.)
    return before && !unit.text.split(CLAUSE_BREAK).some((clause) => {
      const opening = CLAUSE_MONTH.exec(clause);
      return opening !== null && numberOf(opening[1]) > arrival.month;
    });
  });

  /**
   * Work told as done while the reporter was away (AWAY_WITHIN), or dated within the absence the report tells, the reporter not
   * named in it: "3月15日，镇党委召开议军会……" after "3月至6月，我在省委党校……学习，其间由镇长欧阳辉同志主持镇党委全面工作" is
   * the stand-in's, whoever the sentence names as its subject.
   */
  const whileAway = memo((unit: Unit): boolean => {
    const within = AWAY_WITHIN.exec(unit.text);
    if (within) return !OWN_TIME_AGAIN.test(unit.text.slice(within.index + within[0].length));
    if (!absence || namesReporter(unit)) return false;
    // (Not a date in an aside: "全年到乡武装部办公9次（5—7月在党校学习期间未到）", "结合……“三月三”节庆开展国防教育宣传".)
    const date = FIRST_DATE.exec(unit.text.replace(ASIDE, (m) => ' '.repeat(m.length)));
    if (!date) return unit.position > 0 && SAME_MONTH.test(unit.text) && whileAway(view.units[unit.id - 1]);
    const month = numberOf(date[1]);
    return month >= absence.from && month <= absence.to;
  });

  /** A placeholder or filler standing where a statement should be ("（待补充）", "略"): never evidence. */
  const statesNothing = memo((unit: Unit): boolean => {
    // A sentence the drafter struck, marked after it and left in the draft: "镇财政安排武装工作经费18.6万元，比上年增加3万元。（删）".
    const next = nextInParagraph(view, unit);
    if (next && STRUCK.test(next.text)) return true;
    if (empty === null) return false;
    if (empty.test(unit.text.trim())) return true;
    // A form's row of item and answer whose answer is a filler states nothing, whatever its item says: "（三）武装工作经费保障情况
    // （本级投入金额）｜见附件。", "民兵｜（写明民兵整组、训练、遂行任务情况）".
    // (Or a row of a wider form whose column of what was done holds one: "11｜下步打算｜思路清晰，措施具体｜5｜5｜见述职报告正文".)
    if (unit.paragraph.origin !== 'table' || unit.position !== 0) return false;
    const cells = cellsOf(unit.paragraph.normalized);
    // A table's first row of column names states nothing either: "序号｜问题｜原因｜整改措施｜时限" under the faults' heading.
    if (unit.tableHeader === null && cells.length > 1 && cells.every((c) => c.length <= 8 && !/[0-9]/.test(c))) return true;
    if (cells.length === 2) return empty.test(cells[1]);
    // (Or one with nothing but its item, after its number, once the form's rules and scores are blanked: "专武干部队伍建设｜5｜5｜—",
    // "6｜国防教育｜10｜9" under "序号｜项目｜分值｜自评分".)
    const row = cellsOf(unit.text);
    const rest = row.slice(/^\d{1,2}$/.test(row[0] ?? '') ? 2 : 1);
    if (rest.length > 0 && rest.every((c) => /^[\s—–\-/／无]*$/.test(c))) return true;
    const answer = cellUnder(unit, TABLE_DONE_COLUMN);
    return answer !== null && (answer === '' || empty.test(answer) || SEE_ELSEWHERE.test(answer));
  });

  /**
   * Under a shortcomings heading a sentence states a fault without any cue
   * word ("民兵训练时间保障难，部分社区民兵有名无实"), as one under 下步打算
   * states a plan, unless it denies a fault or reports work done.
   */
  const faultByHeading = memo((unit: Unit): boolean => {
    if (unit.context !== 'shortcoming' || (unit.isHeading && !faultAsHeading(unit)) || statesNothing(unit) || isLabel(unit)) return false;
    const text = masked(unit);
    return !past.test(text) && !anyNotShortcoming.test(text);
  });
  const statesFault = (unit: Unit): boolean => shortcomings(unit).length > 0 || faultByHeading(unit);
  /**
   * A fault written as a heading of its own, a whole statement of two clauses or more under the faults' heading ("3.1 我本人到
   * 人武部办公有1个月没有按时落实；常委会年初议定的……选址至今未定"), as outlines numbered by Word give them; or a point's run-in
   * title below the faults' heading that names one ("三、存在问题" › "2. 国防教育形式还需创新。针对这一问题，……", holdout653/07).
   */
  const faultAsHeading = (unit: Unit): boolean =>
    unit.isHeading && unit.context === 'shortcoming' && (STATEMENT.test(unit.text) || (unit.sections.length > 1 && shortcomings(unit).length > 0));

  /** Quoted speech is a superior's words, never the reporter's work: "强调：“要把武装工作经费纳入财政预算”" funds nothing. */
  /**
   * A table row's cells before its plan cell: a plan is read from the cell and what follows it (its 时限, its 责任单位), not from
   * the fault or the work beside it ("问题｜原因｜整改措施｜时限").
   */
  const outsidePlanCell = memo((unit: Unit): Span[] => {
    const cell = planCell(unit);
    return cell && cell.start > unit.start ? [{ start: unit.start, end: Math.min(cell.start, unit.end) }] : NONE;
  });
  /**
   * In a report of a place below, the clauses told of the whole place above ("完成民兵整组，全县编建基干民兵2300余人，组建山区民兵应急连
   * 15个", "今年我们全县征集新兵214名") until the reporter's side or a new time speaks again ("全县基干民兵二百四十人，今年整组补了
   * 三十一个新面孔"): the county's figures, not the town's own.
   */
  const wholeAboveClauses = memo((unit: Unit): Span[] => {
    const whole = committee?.wholeAbove;
    if (!whole || view.claimsWhole || !WHOLE_PLACE.test(unit.text)) return NONE;
    const out: Span[] = [];
    let at = unit.start;
    let above = false;
    for (const clause of masked(unit).split(CLAUSE_BREAK)) {
      const head = clause.replace(/^(\s*(今年|全年)?)(我们|咱们)(?=全)/, '$1');
      if (whole.test(head)) above = true;
      else if (OWN_SIDE.test(head) || selfStart.test(head.trimStart()) || committee.start.test(head.trimStart()) || TIME_OPENING.test(head)) above = false;
      if (above) out.push({ start: at, end: at + clause.length });
      at += clause.length + 1;
    }
    return out;
  });
  const levelAbove = memo((unit: Unit): boolean => {
    const meeting = committee?.aboveMeeting;
    if (!meeting) return false;
    const [first, ...rest] = masked(unit).split(CLAUSE_BREAK).map((c) => c.trimStart());
    return meeting.test(first) && !rest.some((c) => OWN_SIDE.test(c) || selfStart.test(c) || committee.start.test(c));
  });
  /** The plan of a sentence of work done: its trailing plan, or its table row's plan cell. */
  const planPart = (unit: Unit): Span | undefined => trailingPlan(unit) ?? planCell(unit);
  const excludedFromDone = memo((unit: Unit): Span[] => {
    const plan = planPart(unit);
    return [
      ...faultClauses(unit),
      ...notDoneClauses(unit),
      ...builtOnlyInWords(unit),
      ...wholeAboveClauses(unit),
      ...speechQuotes(unit.paragraph).filter((q) => q.end > unit.start && q.start < unit.end),
      ...(plan ? [plan] : []),
    ];
  });

  /**
   * A table row that reports nothing done: its 实际/完成 cell is empty or a plan ("| 每月到人武部办公 | 12次 |  |",
   * "明年起执行"), or the line introducing the table is a plan, a rule or a need ("2025年重点工作安排如下：",
   * "市委办公室通知明确了……：", "人武部提出的2025年经费需求如下：").
   */
  const tableRowUndone = memo((unit: Unit): boolean => {
    if (unit.tableHeader === null) return false;
    // Done by someone else, as the column of who did it says: "| 到区人武部现场办公 | 全年11次 | 区委副书记周海涛 |".
    const by = unit.position === 0 ? (cellUnder(unit, RESPONSIBLE_COLUMN) ?? '') : '';
    // (Or a stand-in, whoever it is: "林宏（代为主持）".)
    if (by && !selfAnywhere.test(by) && !committee?.post.test(by) && (otherStart.test(by) || STAND_IN_CELL.test(by))) return true;
    // (Or a name not the reporter's, in a report that names its reporter: "5—8月｜征兵宣传、体检28人，批准入伍11人｜曾庆辉" where
    // "镇党委书记钟伟明同志" is the reporter.)
    if (reporter !== null && PERSON_CELL.test(by) && by.replace(reporter, '') === by) return true;
    // (Or the row's note saying who stood in: "| 到区人武部办公 | 4次 | 由区委副书记代 |" under 备注, holdout939/03.)
    const note = unit.position === 0 ? (cellUnder(unit, NOTE_COLUMN) ?? '').trim() : '';
    if (STAND_IN.test(note) && !selfAnywhere.test(note)) return true;
    const doneCell = cellUnder(unit, TABLE_DONE_COLUMN);
    if (doneCell !== null) {
      // The row's cell (a sentence may not hold all of the row), and its verdict is what it opens with: a note in brackets or
      // after it is none ("全年11次（8月因防汛未去）", "11次。2月因疫情防控未去"). A later sentence of the cell is its own verdict
      // ("到企业民兵连调研3次；" then "国防教育课未讲").
      const cell = unit.position === 0 ? doneCell : unit.text;
      // (A cell that is only a note in brackets is judged by the note: "（待统计）".)
      const verdict = cell.replace(/[（(][^）)]*[）)]/g, '').split(/[。；;，,]/)[0].trim() || cell.replace(/[（()）]/g, '').trim();
      // (Or a filler, as a sentence would be: "见附件", "同上".)
      if (!cell || TABLE_NOT_DONE_CELL.test(verdict) || TABLE_PENDING_CELL.test(cell) || empty?.test(cell)) return true;
      // An earlier year's figure: "2022年全年12次，今年未统计".
      if (beforeFirstYear(/^(20\d\d)年/.exec(verdict))) return true;
      // Done by someone else: "由县长代为落实，全年12次".
      if (STAND_IN.test(cell)) return true;
    } else if (unit.position === 0) {
      // Without a column of what was done, a row whose last cell is a plan or a blank: "| 县财政武装工作经费 | 350 | 明年预算计划 |".
      const cells = cellsOf(unit.paragraph.normalized);
      if (cells.length > 2 && ROW_PLANNED.test(cells[cells.length - 1])) return true;
    }
    let k = unit.id;
    while (k > 0 && view.units[k - 1].paragraph.origin === 'table') k--;
    const intro = view.units[k - 1];
    // (Only a line of the table's own section: a plan closing the report does not reach its appendix.)
    // (Not the report's own formula, "现将清单落实情况报告如下", which announces what follows as done.)
    return (
      intro !== undefined &&
      !intro.isHeading &&
      intro.sections[0] === unit.sections[0] &&
      (future(intro) || (notDoneClauses(intro).length > 0 && !REPORT_FORMULA.test(intro.text)) || NEEDS.test(intro.text))
    );
  });

  /**
   * A row of a faults table that is not a fault of the reporter's year: fixed, as its column of progress says ("民兵训练经费未单列｜
   * 列入镇财政年度预算单列｜已整改，今年单列4.8万元" under last year's findings), or someone else's, as its column of who owns it
   * says ("民兵装备仓库温湿度不达标｜区人武部｜购置除湿机4台"), unless the fault is of the reporter's own routine.
   */
  const faultRowNotMine = memo((unit: Unit): boolean => {
    if (unit.tableHeader === null) return false;
    if (FIXED_CELL.test(cellUnder(unit, FIX_STATE_COLUMN) ?? '')) return true;
    const owner = cellUnder(unit, OWNER_COLUMN) ?? '';
    const fault = cellUnder(unit, FAULT_COLUMN) || unit.text;
    return OTHER_OWNER.test(owner) && !OWN_OWNER.test(owner) && !OWN_ROUTINE.test(fault) && !selfAnywhere.test(fault);
  });

  /** A fault whose clause opens with a government bureau (see BUREAU_START). */
  const bureauFault = (unit: Unit, span: Span): boolean => {
    const clause = clauseOf(unit, span);
    return BUREAU_START.test(unit.text.slice(clause.start - unit.start).replace(/^\s*([0-9]+|[一二三四五六七八九十]是)?\s*/, ''));
  };

  /**
   * Work the reporter led in a clause after the one that hands the sentence to the predecessor: "……，春节走访慰问军属由前任书记带队
   * 进行，“八一”我带队走访慰问军属和退役军人36户"; or any clause but the one set apart by 其中 ("……，其中上半年征兵的宣传、体检……是在我
   * 到任前由前任班子完成的，整组基干民兵95人、……") (holdout569/12: one long sentence of the year's tasks, his and the predecessor's).
   */
  const ownAfterPredecessor = (unit: Unit, spans: Span[]): boolean => {
    const marker = BEFORE_ME.exec(unit.text) ?? PREDECESSOR.exec(masked(unit));
    if (!marker) return false;
    const markerClause = clauseOf(unit, { start: unit.start + marker.index, end: unit.start + marker.index });
    const apart = /^\s*其中/.test(unit.text.slice(markerClause.start - unit.start)) && !PREDECESSOR.test(masked(unit).slice(markerClause.end - unit.start));
    return spans.some((s) => {
      const c = clauseOf(unit, s);
      if (apart) return c.start !== markerClause.start;
      if (c.start - unit.start <= marker.index) return false;
      const text = masked(unit).slice(c.start - unit.start, c.end - unit.start).replace(/^\s+/, '').replace(TIME_LEAD, '');
      return selfStart.test(text) && !PREDECESSOR.test(text);
    });
  };

  /**
   * Someone else's act first does not take away the reporter's own in a later clause that opens with the reporter or the
   * reporter's side and tells its own figure ("全区今年征集新兵286名，其中我街道任务18名，实际输送19名"): "市财政下达我县……150万元，县财政配套安排80万元" (not "人武部全年经费支出416万元，
   * 县财政对武装工作做到了足额保障", nor the superior's assessment and the score it gave us, "……分值为8分，我们乡今年得了7.5分").
   */
  const ownClauseAfter = (unit: Unit, spans: Span[]): boolean =>
    spans.some((s) => {
      const c = clauseOf(unit, s);
      const text = masked(unit).slice(c.start - unit.start, c.end - unit.start).replace(/^\s+/, '');
      // (A score is what the level above gave, not done: "分值为8分，我们乡今年得了7.5分".)
      return c.start > clauseOf(unit, spans[0]).start && QUANTITY.test(text) && !SCORE.test(text) && mentions(text.replace(TIME_LEAD, '')).selfStartAt === 0;
    });

  /**
   * A plan that is not the reporter's to make, or not made: a question ("明年武装工作怎么干？"), a decision put off ("待市委全会……
   * 召开后，再作具体研究部署", "县委常委会正在讨论，等定下来后再……"), the work handed to someone else ("将由新任县委书记统筹谋划"),
   * the level above's plan for all its places ("市委已明确，明年各县区要……"), or a list of plans made at an earlier time and carried
   * out since ("去年述职时我提出的三项打算：……，今年都已兑现").
   */
  const notOwnPlan = memo((unit: Unit): boolean => {
    const text = masked(unit);
    if (QUESTION.test(text) || DEFERRED.test(text) || handedOver.test(text)) return true;
    if (committee?.superior?.test(text.split(CLAUSE_BREAK)[0].replace(/^\s+/, ''))) return true;
    const intro = listIntro(unit) ?? unit;
    const made = PAST_PLANS.exec(intro.text);
    return made !== null && (!made[2] || (reportYear !== null && Number(made[2]) <= reportYear));
  });

  /**
   * Taken back by the sentence after it in the paragraph: "年初县委确定了“四个一”的时间表：每月……。但受防汛救灾和换届工作影响，
   * 这些安排后来都取消了。" (or by another sentence that says its activity was not held, see namesActivityNotHeld).
   */
  const retracted = memo((unit: Unit): boolean => {
    if (namesActivityNotHeld(unit) || correctedBy(unit, true)) return true;
    const next = nextInParagraph(view, unit);
    if (!next) return false;
    // (The clause that sums up holds the fault: "但受……影响，这些安排后来都取消了".)
    return shortcomings(next).some((q) => SUMS_UP.test(next.text.slice(clauseOf(next, q).start - next.start)));
  });
  /** The sums another sentence says are still unpaid, each with what it is for when its clause names it before the sum. */
  const unpaidSums = once((): { sum: string; item: string | null }[] =>
    view.units.flatMap((unit) =>
      PAID.test(unit.text)
        ? []
        : [...unit.text.matchAll(UNPAID_SUM)].map((m) => {
            const before = unit.text.slice(clauseStartAt(unit.text, m.index), m.index);
            return { sum: m[1], item: ITEM_BEFORE.exec(before)?.[1] ?? null };
          }),
    ),
  );
  /**
   * A sentence whose every sum another says is still unpaid, for the same item if that one names it ("将……经费48万元纳入2025年县级预算"
   * and, among the faults, "48万元经费至今尚未拨付", holdout949/11): the money named, not shown paid. (Not a sentence that says it was
   * paid, nor another item of the same amount: "县财政安排民兵训练经费20万元" beside "营区改造资金20万元至今尚未拨付".)
   */
  const unpaidElsewhere = memo((unit: Unit): boolean => {
    const unpaid = unpaidSums();
    if (unpaid.length === 0 || PAID.test(unit.text) || unit.text.search(UNPAID_SUM) >= 0) return false;
    const sums = unit.text.match(MONEY_FIGURE);
    return sums !== null && sums.every((sum) => unpaid.some((u) => u.sum === sum && (u.item === null || unit.text.includes(u.item))));
  });
  /** The passages corrections elsewhere in the report quote (see CORRECTION), each with whether it is taken back or made a total. */
  const corrections = once((): { passage: string; away: boolean }[] =>
    view.units.flatMap((unit) => (unit.text.includes('”') && CORRECTING.test(unit.text) ? [...unit.text.matchAll(CORRECTION)].map((m) => ({ passage: m.groups!.passage, away: m.groups!.away !== undefined })) : [])),
  );
  /** Whether a correction elsewhere quotes a passage of the sentence (not the correction itself), taking it back (`away`) or not. */
  const correctedBy = (unit: Unit, away: boolean): boolean => {
    const found = corrections();
    return found.length > 0 && found.some((c) => c.away === away && unit.text.includes(c.passage) && !unit.text.includes(`“${c.passage}”`));
  };
  /** The activities another sentence of the report says were not held: "原定9月在乡中心小学开展的国防教育进校园活动，……未能开展". */
  const activitiesNotHeld = once((): string[] => view.units.flatMap((unit) => [...unit.text.matchAll(NOT_HELD)].map((m) => m[1])));
  /**
   * …and a sentence elsewhere that claims one of them, no count or month of its own ("开展国防教育进校园活动；" among the year's work,
   * holdout949/07): the claim the report takes back.
   */
  const namesActivityNotHeld = (unit: Unit): boolean => {
    // (Most reports name none: asked first, so their sentences pay nothing more.)
    const names = activitiesNotHeld();
    if (names.length === 0 || unit.text.search(NOT_HELD) >= 0 || QUANTITY.test(unit.text) || /[0-9一二三四五六七八九十]月/.test(unit.text)) return false;
    return names.some((name) => unit.text.includes(name));
  };

  /**
   * A document the report's own plan says is still to be issued ("2026年1月正式印发《雪岭县党管武装工作考核奖惩办法》"): a sentence
   * among the year's work that names it ("●出台《雪岭县党管武装工作考核奖惩办法》，考核结果与……挂钩") writes the plan as done.
   */
  const plannedDocuments = once((): Set<string> => {
    const titles = new Set<string>();
    for (const unit of view.units) {
      if (unit.isHeading || !future(unit)) continue;
      for (const m of unit.text.matchAll(TO_BE_ISSUED)) titles.add(documentName(m[1]));
      for (const m of unit.text.matchAll(TO_BE_ISSUED_BARE)) titles.add(documentName(m[1]));
    }
    return titles;
  });
  /** The facilities a plan or a fault says are still to be started: "2025年3月开工国防教育主题公园", "民兵哨所……至今尚未开工建设". */
  const facilitiesToBuild = once((): string[] => {
    const names: string[] = [];
    for (const unit of view.units) {
      if (unit.isHeading || !TO_BUILD.test(unit.text) || !(future(unit) || unit.context === 'shortcoming' || NOT_STARTED.test(unit.text))) continue;
      for (const m of unit.text.matchAll(FACILITY)) names.push(m[1]);
    }
    return names;
  });
  /**
   * A facility told as built or settled whose start a plan or a fault of the same report puts ahead ("建成县国防教育主题公园" beside
   * "2025年3月开工国防教育主题公园"; "建成洋圩港区民兵哨所，投入镇级资金15万元" beside "……民兵哨所……至今尚未开工建设"): the
   * clause is a plan written as done.
   */
  const builtOnlyInWords = memo((unit: Unit): Span[] => {
    if (!BUILT.test(unit.text) || future(unit)) return NONE;
    const planned = facilitiesToBuild();
    if (planned.length === 0) return NONE;
    const clauses: Span[] = [];
    let at = 0;
    for (const clause of unit.text.split(CLAUSE_BREAK)) {
      const built = BUILT.test(clause) && [...clause.matchAll(FACILITY)].some((m) => planned.some((p) => sameFacility(p, m[1])));
      if (built) clauses.push({ start: unit.start + at, end: unit.start + at + clause.length });
      at += clause.length + 1;
    }
    // (The money put in or the purpose told after it goes with it: "建成……民兵哨所，投入镇级资金15万元", "……，打造全民国防教育新阵地".)
    if (clauses.length && MONEY_AFTER.test(unit.text.slice(clauses[clauses.length - 1].end - unit.start))) clauses.push({ start: clauses[clauses.length - 1].end, end: unit.end });
    return clauses;
  });
  /**
   * Work the report itself puts later: money put into a work whose next sentence says the work waits to start (WAITS_TO_START,
   * holdout740/10), or a document its own plan says is still to be issued (plannedDocuments).
   */
  const plannedLater = memo((unit: Unit): boolean => {
    const next = nextInParagraph(view, unit);
    if (next && MONEY_PUT_IN.test(unit.text) && !BUILT.test(unit.text) && WAITS_TO_START.test(next.text)) return true;
    if (!unit.text.includes('《') || future(unit)) return false;
    const planned = plannedDocuments();
    // (The plan may name it without the place: 《石硐市党管武装工作考核评价办法》 beside "研究出台党管武装工作考核评价办法".)
    const named = (title: string) => planned.has(title) || [...planned].some((p) => p.length >= 8 && title.endsWith(p));
    return planned.size > 0 && [...unit.text.matchAll(BOOK_TITLE)].some((m) => named(documentName(m[0].slice(1, -1))));
  });

  /**
   * A table's header row names its columns ("| 责任人 | 到人武部办公 | 专题议军 | 谈心谈话 |"): it states nothing done.
   * A first row with a figure is a row of data in a table without a header ("| 到人武部现场办公 | 12次 |").
   */
  const headerRow = (unit: Unit): boolean =>
    unit.paragraph.origin === 'table' && unit.tableHeader === null && view.units[unit.id + 1]?.tableHeader === unit.paragraph.normalized && !QUANTITY.test(unit.text);

  /** Whether the stance can hold for the sentence at all, whatever matched in it: the part of `accepts` that needs no spans. */
  const possible = (stance: Stance, unit: Unit): boolean => {
    if (view.notTheReport || othersWords(unit) || statesNothing(unit)) return false;
    switch (stance) {
      case 'any':
        return true;
      case 'done':
        // A heading names a topic ("三、经费保障情况"); what was done is in the text under it. (Unless nothing is under it and it is
        // a whole statement: "（二）考核方面，继续把武装工作纳入对镇街的年度考核" over the next heading is all the author said of it.)
        return (!unit.isHeading || STATEMENT.test(unit.text)) && !isTopicLabel(unit) && !headerRow(unit) && (!future(unit) || trailingPlan(unit) !== null || planCell(unit) !== undefined) && !tableRowUndone(unit);
      case 'plan':
        return !unit.isHeading && future(unit);
      case 'shortcoming':
        // (A row of a table of faults beside their fixes states its faults before its plan cell.)
        return (!unit.isHeading || faultAsHeading(unit)) && (!future(unit) || planCell(unit) !== undefined || planAfterFault(unit) !== null) && statesFault(unit);
    }
  };

  // (The fault's own words only: "……还不够扎实，2025年我们将……把全乡武装工作抓好" names the work in its plan.)
  const ownPlanAfterFault = (unit: Unit): Span[] => {
    const after = planAfterFault(unit);
    return after ? [after] : NONE;
  };

  /** The first reason `accepts` refuses a sentence of work done, or null. Cheapest first: who acts is the costliest question. */
  const refusalOfDone = (unit: Unit, own: Span[]): SetAsideCause | null => {
    if (background?.test(unit.text)) return 'background';
    if (negative(unit, own)) return 'negated';
    if (retracted(unit)) return 'retracted';
    if (plannedLater(unit)) return 'later';
    if (byPredecessor(unit) && !ownAfterPredecessor(unit, own)) return 'predecessor';
    if (beforeArrival(unit)) return 'beforeArrival';
    if (whileAway(unit)) return 'whileAway';
    if ((otherActor(unit, actorAsked(unit, own)) && !ownClauseAfter(unit, own)) || othersMainClause(unit, own) || underBodyHeading(unit) || underOtherSpeaker(unit) || outsideSecretarysPart(unit)) return 'otherActor';
    return null;
  };
  /**
   * The 人武部党委's own account sent as the 述职, the first secretary's part under a heading of its own ("枫桥区人武部党委2024年度党管武装工作
   * 述职报告" with "五、第一书记履职情况", holdout675/10): what stands outside that part and the committee's ("二、市委抓保障、抓落实情况",
   * holdout675/02), its 我们 the 人武部党委's, is the 人武部's work.
   */
  const committeesReport = ARMED_FORCES_COMMITTEE_REPORT.test(normalizeText(view.report.title ?? ''));
  const outsideSecretarysPart = (unit: Unit): boolean => committeesReport && !underHeading(unit, SECRETARYS_PART);
  /** In a joint report, the part the 人武部's commander or commissar speaks, his 我 his own (see OTHER_SPEAKER). */
  const underOtherSpeaker = (unit: Unit): boolean => underHeading(unit, OTHER_SPEAKER);
  const underBodyHeading = (unit: Unit): boolean => {
    const inner = unit.sections.find((section) => section.heading !== null);
    return ((inner !== undefined && BODY_HEADING.test(headingText(inner))) || bodyLabelled(unit)) && !namesReporter(unit) && !committee?.start.test(masked(unit));
  };
  /**
   * A body named as the label of the point the sentence stands in: a list item's bold label ("- **县退役军人事务局：** 走访慰问军属1260户"),
   * or a label line of its own before the paragraph, as a bold run-in label is parsed ("县退役军人事务局：" ‖ "走访慰问军属1260户"), where a
   * leader named is who acts too (a list item's leader is read by listLabelEnd).
   */
  const bodyLabelled = (unit: Unit): boolean => {
    const first = view.units[unit.id - unit.position];
    const label = listLabel(first);
    if (label) return BODY_HEADING.test(label.name);
    const before = view.units[first.id - 1];
    const line = before && before.paragraph !== first.paragraph ? BODY_LABEL_LINE.exec(before.text) : null;
    // (Or a leader so named, "分管副书记：" ‖ "全年到乡武装部办公10次"; not the 人武部, which is also how a letter to it opens: "区人武部：" ‖
    // "2019年，集团武装部在……".)
    return line !== null && !/(人武部|武装部)$/.test(line[1]) && labelActs(line[1]);
  };

  /** Which of the clauses `excludedFromDone` blanks holds the span: the first kind that covers it. */
  const blankedBy = (unit: Unit, span: Span): SetAsideCause | null => {
    const covers = (spans: Span[]) => spans.some((x) => x.start <= span.start && x.end >= span.end);
    const plan = planPart(unit);
    if (plan && covers([plan])) return 'plan';
    if (covers(faultClauses(unit))) return 'fault';
    if (covers(notDoneClauses(unit))) {
      if (afterPeriod(unit)) return 'afterPeriod';
      if (rulesListOf(unit) !== null) return 'rule';
      if (DISOWNED.test(unit.text)) return 'disowned';
      const clause = clauseOf(unit, span);
      const words = unit.text.slice(clause.start - unit.start, clause.end - unit.start);
      // (Handed to someone: "2022年民兵整组由郑立平同志牵头"; a rule kept: "民兵整组按照县人武部要求于每年4月完成".)
      if (HANDED_TO.test(words)) return 'otherActor';
      if (RULE_KEPT.test(words) || RULE_SPELLING.test(unit.text)) return 'rule';
      return opensEarlier(unit) || opensLastYear(unit) || covers(taggedEarlier(unit)) || EARLIER_TIME.test(unit.text) || beforeFirstYear(YEAR_OPENING.exec(words)) || beforeFirstYear(SINCE_TOTAL.exec(unit.text)) || RUNNING_TOTAL.test(unit.text) || RUNNING_TOTAL_LATER.test(unit.text) ? 'earlierYear' : 'notDone';
    }
    if (covers(builtOnlyInWords(unit))) return 'plan';
    if (covers(wholeAboveClauses(unit))) return 'levelAbove';
    if (inSpeech(unit, span)) return inRemark(unit, span) ? 'othersWords' : 'quoted';
    return null;
  };

  const whyNotDone = (verdict: 'stance' | 'blanked' | 'refused', unit: Unit, spans: Span[]): SetAsideCause | null => {
    const inSentence = spans.filter((x) => x.end > x.start && x.start >= unit.start && x.end <= unit.end);
    if (view.notTheReport || statesNothing(unit) || inSentence.length === 0) return null;
    if (othersWords(unit) || inSentence.every((x) => inRemark(unit, x))) return 'othersWords';
    if (inSentence.every((x) => inSpeech(unit, x))) return 'quoted';
    // (Under the new year's heading the time tells first, whatever the sentence says of its own: "……考核办法，……从2024年起执行".)
    if (afterPeriod(unit)) return 'afterPeriod';
    if (verdict === 'stance') return !unit.isHeading && future(unit) ? 'plan' : null;
    if (verdict === 'blanked') {
      // The catch-all cause last: another of the words, in another clause, may tell what the sentence is.
      let unsaid: SetAsideCause | null = null;
      for (const x of inSentence) {
        const cause = blankedBy(unit, x);
        if (cause && cause !== 'notDone') return cause;
        unsaid ??= cause;
      }
      return unsaid;
    }
    return refusalOfDone(unit, inSentence.filter((x) => !inSpeech(unit, x)));
  };

  const plainness = memo((unit: Unit): number => {
    const text = masked(unit);
    return (selfAnywhere.test(text) ? 1 : 0) + (QUANTITY.test(text) ? 1 : 0) + (past.test(text) || DONE_TOTAL.test(text) ? 1 : 0);
  });

  return {
    future,
    shortcomings,
    plainness,
    levelAbove,
    unpaidElsewhere,
    excluded: (stance, unit) => (stance === 'done' ? excludedFromDone(unit) : stance === 'plan' ? outsidePlanCell(unit) : ownPlanAfterFault(unit)),
    cues(stance, unit) {
      if (stance === 'plan') {
        const cue = planCue(unit);
        return cue ? [cue] : null;
      }
      if (stance === 'shortcoming') {
        const found = shortcomings(unit);
        if (found.length) return found;
        return faultByHeading(unit) ? [{ start: unit.start, end: unit.start }] : null;
      }
      return [{ start: unit.start, end: unit.end }];
    },
    possible,
    whyNotDone,
    accepts(stance, unit, spans) {
      // What the sentence alone decides first (see possible), then what depends on the spans.
      const own = spans.filter((s) => !inSpeech(unit, s));
      if (own.length === 0 || !possible(stance, unit)) return false;
      switch (stance) {
        case 'any':
          return true;
        case 'done':
          return refusalOfDone(unit, own) === null;
        // The stance's own words decide whose it is: the plan's cue, the faults named.
        case 'plan': {
          // (In a table row with a plan cell, what the cell itself says: not the fault or the work beside it.)
          const cell = planCell(unit);
          if (cell && !own.some((s) => s.start >= cell.start && s.end <= cell.end)) return false;
          return !isLabel(unit) && !outsiders(unit, planCue(unit)!) && !notOwnPlan(unit) && !rulesListNotPlan(unit);
        }
        case 'shortcoming':
          if (isLabel(unit) || QUESTION.test(unit.text) || OUTLOOK.test(unit.text) || faultRowNotMine(unit)) return false;
          const cell = planCell(unit);
          const faults = shortcomings(unit).filter((q) => !cell || q.end <= cell.start || q.start >= cell.end);
          // Under a shortcomings heading a sentence without a fault word is a fault; one with such words is judged by them.
          // (Not when its subject is someone else: "一是个别区直部门对征兵优待政策落实打折扣".)
          // (Nor when some of those the work is about open it: "四是少数退役军人对安置政策理解有偏差，存在上访苗头".)
          if (faults.length === 0) return faultByHeading(unit) && !outsiders(unit, { start: unit.start, end: unit.start }) && subject(unit) !== true && !SOME_OF_THEM.test(unit.text);
          // A fault of others in the domain ("一些乡镇党委对武装工作重视程度不够", "个别村征兵宣传不到位") is theirs, not
          // the reporter's own; and a fault announced before a colon is what it announces.
          // (Nor a note in parentheses on the work's record, "全年11次（8月因防汛值守未去）": it explains a figure, it states no fault.)
          // (Nor, outside the faults' own section, an absence explained by another duty: "5月因带队外出招商未去".)
          // (A note that is a sentence of its own, its brackets round all of it, is no figure's gloss: "（补：应急排全年没有组织一次集中
          // 训练，是我抓得不紧。）", holdout779/07.)
          const gloss = (q: Span) => {
            const p = parenthesisOf(unit, q, clauseOf(unit, q));
            return p !== null && p.start - unit.start > unit.text.search(/\S/);
          };
          // (The blame taken in a clause of its own makes the fault told before it the reporter's: "有3个社区的民兵花名册与实际对不上，……
          // 这是我只听汇报、不看实情造成的".)
          const blamed = (q: Span) => {
            const c = clauseOf(unit, q);
            return BLAME_TAKEN.test(unit.text.slice(c.start - unit.start, c.end - unit.start));
          };
          const mine = faults.filter((q) => blamed(q) || (!outsiders(unit, q) && !otherActor(unit, q) && !bureauFault(unit, q) && (unit.context === 'shortcoming' || (!gloss(q) && !accountedFor(unit, q)))));
          if (mine.length === 0) return false;
          // ("存在一些不足，主要是个别社区……" announces as a colon does.)
          const colon = unit.text.search(ANNOUNCES);
          if (colon > 0 && faults.some((q) => q.start - unit.start > colon) && mine.every((q) => q.start - unit.start < colon)) return false;
          // What falls short is named outside others' faults, or before the reporter's own fault that takes it up ("不少乡镇的民兵
          // 训练场地不达标，县委对此重视不够"): in "对武装工作研究还不够深入，……个别乡镇对武装工作重视不够" the 乡镇 are the
          // others', and the reporter's own fault names no field of the work. (Asked at the word's end: it may be the actor.)
          const named = (q: Span) => mine.some((f) => f.start >= q.end) || (!outsiders(unit, { start: q.end, end: q.end }) && !otherActor(unit, { start: q.end, end: q.end }));
          return own.some(named);
      }
    },
  };
}
