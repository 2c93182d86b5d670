// The printable facilitator guide's words, Chinese first with English: the two session plans, the
// debrief prompts and the guide's own labels. Data, not code: src/facilitator/guide.ts lays it out with
// each scenario's own learning points, binding lever and questions (scenarios/*.json).
//
// Placeholders are filled when the guide is drawn: {months} the term played; {lever} the scenario's
// binding lever in words; {parts} {charts} {turningPoints} {learning} the debrief's own section titles
// (src/i18n); {colPar} {monthsTitle} {divergenceTitle} {lostMost} {reveal} {prevMonth} {nextMonth}
// the facilitator view's (./text.ts) — so a prompt always names what the screen shows, in the screen's language.
import { format, lang, type Params } from '../i18n';

export interface Bilingual {
  zh: string;
  en: string;
}

/** One step of a session plan, in minutes from the start. */
export interface PlanStep {
  from: number;
  to: number;
  phase: 'briefing' | 'play' | 'collect' | 'debrief';
  what: Bilingual;
}

export interface Plan {
  minutes: 45 | 90;
  /** Which term the plan plays: the scenario's shortest (6 months) or its full term. */
  term: 'short' | 'full';
  steps: PlanStep[];
}

export const PLANS: readonly Plan[] = [
  {
    minutes: 45,
    term: 'short',
    steps: [
      {
        from: 0,
        to: 5,
        phase: 'briefing',
        what: {
          zh: '投影挑战码和二维码。各队分组、起队名，在首页点“输入挑战码”，进入简报。用一句话讲清情景：本地的难处和考核看什么。',
          en: "Project the challenge code and QR. Teams form, name themselves and open 输入挑战码 / Enter challenge code on the title. Say in one sentence what the place's trouble is and what the assessment looks at.",
        },
      },
      {
        from: 5,
        to: 8,
        phase: 'briefing',
        what: {
          zh: '讲规则只讲三件事：精力每月恢复、经费要省着用、每月结束前把诉求分给对口的力量。其余让各队在棋盘上边玩边学。',
          en: "Explain three rules only: 精力 (energy) refills each month, 经费 (funds) must last, and each month's concerns go to the forces that fit them. Let teams learn the rest on the board.",
        },
      },
      {
        from: 8,
        to: 28,
        phase: 'play',
        what: {
          zh: '各队玩 {months} 个月（约 35–40 步）。开局前说一句：{months} 个月任期是故事压缩，每月变化更快——被冷落的力量、久未提升的治理方式掉得更快，精力和经费仍按月计。主持人巡场，不给答案；提醒还剩几分钟。本情景的关键一招：{lever}——先不要说破。',
          en: "Teams play {months} months (about 35–40 actions). Say first: a {months}-month term compresses the story, so each month moves faster — forces left out and governance modes left alone slip faster, while 精力 and 经费 still come by the month. Walk round; give no answers; call out the time left. This scenario's lever is {lever} — do not give it away yet.",
        },
      },
      {
        from: 28,
        to: 31,
        phase: 'collect',
        what: {
          zh: '收结果码：各队在总结页点“复制结果码”，发给主持人，或用摄像头扫二维码。全部粘贴进“结果码”框，点“添加”。被拒收的请该队重抄。然后点“{reveal}”。',
          en: 'Collect the codes: each team presses 复制结果码 / Copy result code on its debrief and sends it, or you scan its QR with the camera. Paste them all into 结果码 / Result codes and press 添加 / Add; ask a refused team to copy again. Then press "{reveal}".',
        },
      },
      {
        from: 31,
        to: 34,
        phase: 'debrief',
        what: {
          zh: '领奖台和排名表：看“{colPar}”一列——谁超过了标杆？标杆是搜索机器人在同一挑战上的走法。',
          en: 'Podium and ranked table: read the "{colPar}" column — who beat par? Par is the search bot\'s line on the same challenge.',
        },
      },
      {
        from: 34,
        to: 41,
        phase: 'debrief',
        what: {
          zh: '“{divergenceTitle}”：选第一名和最后一名各看一次，从差距拉大最多的那个月看起，用“{prevMonth}”“{nextMonth}”逐月对照标杆。用下面的讨论题。',
          en: '"{divergenceTitle}": choose the first and the last team in turn; from the month each fell furthest behind, step through with "{prevMonth}" / "{nextMonth}" beside par. Use the prompts below.',
        },
      },
      {
        from: 41,
        to: 45,
        phase: 'debrief',
        what: {
          zh: '收尾：读一条本情景的讲稿原文（见“本情景教什么”），请每队说一件下次会早做的事。',
          en: 'Close: read one of the lecture passages below ("What the scenario teaches") and ask each team for one thing it would do earlier next time.',
        },
      },
    ],
  },
  {
    minutes: 90,
    term: 'full',
    steps: [
      {
        from: 0,
        to: 8,
        phase: 'briefing',
        what: {
          zh: '投影挑战码和二维码，各队分组、起队名、输入挑战码。介绍一核多元、五治融合、五社联动，读本情景的一条讲稿原文。',
          en: 'Project the challenge code and QR; teams form, name themselves and enter the code. Introduce 一核多元, 五治融合 and 五社联动, and read one lecture passage of this scenario.',
        },
      },
      {
        from: 8,
        to: 13,
        phase: 'briefing',
        what: {
          zh: '讲规则：精力和经费、诉求和对口的力量、协同度会随时间下滑、联席会议把它拉回来。各队读完简报再开局。',
          en: 'The rules: 精力 and 经费, concerns and the forces that fit them, alignment that drifts every month, and the joint meeting that restores it. Teams read the briefing before the first month.',
        },
      },
      {
        from: 13,
        to: 53,
        phase: 'play',
        what: {
          zh: '各队玩满 {months} 个月（约 70–76 步，25–35 分钟，留出余量）。主持人巡场，只问“为什么这样选”，不给答案。本情景的关键一招：{lever}。',
          en: 'Teams play the full {months} months (about 70–76 actions, 25–35 minutes, with time to spare). Walk round and ask only "why this choice?". This scenario\'s lever: {lever}.',
        },
      },
      {
        from: 53,
        to: 58,
        phase: 'collect',
        what: {
          zh: '收结果码（复制、粘贴或扫二维码），被拒收的请该队重抄；全部到齐后点“{reveal}”。',
          en: 'Collect the codes (copy, paste or scan the QR); ask a refused team to copy again; when all are in, press "{reveal}".',
        },
      },
      {
        from: 58,
        to: 63,
        phase: 'debrief',
        what: {
          zh: '领奖台、排名表和“{colPar}”：名次之外，看谁离标杆最近。',
          en: 'Podium, ranked table and "{colPar}": beyond the ranks, who came closest to par?',
        },
      },
      {
        from: 63,
        to: 71,
        phase: 'debrief',
        what: {
          zh: '“{monthsTitle}”：找出各队折线落到标杆虚线下最多的那个月，请该队说说那个月发生了什么。',
          en: '"{monthsTitle}": find the month each team\'s line fell furthest below par\'s dashed line, and ask that team what happened then.',
        },
      },
      {
        from: 71,
        to: 81,
        phase: 'debrief',
        what: {
          zh: '“{divergenceTitle}”：选两三队，从差距拉大最多的月份起逐月对照标杆。请各队打开自己的总结页，对照“{turningPoints}”。',
          en: '"{divergenceTitle}": take two or three teams and step through from the month each fell furthest behind, beside par. Teams open their own debrief and compare its "{turningPoints}".',
        },
      },
      {
        from: 81,
        to: 88,
        phase: 'debrief',
        what: {
          zh: '本情景的讨论题（见下），围绕关键一招：{lever}。',
          en: "The scenario's own questions (below), around its lever: {lever}.",
        },
      },
      {
        from: 88,
        to: 90,
        phase: 'debrief',
        what: {
          zh: '收尾：导出 CSV 和会话文件留档；说明已验证的结果码证明什么、不证明什么。',
          en: 'Close: export the CSV and the session file; say what a verified code proves and what it does not.',
        },
      },
    ],
  },
];

/** Debrief prompts, each tied to what the facilitator view or a team's debrief shows. */
export interface Prompt {
  /** The principle asked about (docs/concepts.md id); null: the scenario's own lever. */
  concept: string | null;
  /** Where to look: the facilitator view ('room') or a team's own debrief ('debrief'). */
  where: 'room' | 'debrief';
  text: Bilingual;
}

export const PROMPTS: readonly Prompt[] = [
  {
    concept: 'co-governance',
    where: 'room',
    text: {
      zh: '看“{lostMost}”那一列，再在“{divergenceTitle}”里选这一队：差距拉大最多的那个月，你们做了什么，为什么？标杆那个月做了什么？',
      en: 'Read the "{lostMost}" column, then choose the team in "{divergenceTitle}": in the month it fell furthest behind, what did it do, and why? What did par do that month?',
    },
  },
  {
    concept: 'coordination',
    where: 'room',
    text: {
      zh: '在“{monthsTitle}”里，哪一队的折线最早落到标杆虚线下？往前一两个月，它有没有召开联席会议？',
      en: 'In "{monthsTitle}", whose line first fell below par\'s dashed line? In the month or two before, did that team convene the joint meeting?',
    },
  },
  {
    concept: 'fragmentation',
    where: 'debrief',
    text: {
      zh: '打开本队总结页的“{turningPoints}”：哪一股力量最先陷入各自为政？旁边引的是讲稿哪句话？',
      en: 'Open your debrief\'s "{turningPoints}": which force fell into 各自为政 first? Which lecture passage stands beside it?',
    },
  },
  {
    concept: 'five-governances',
    where: 'debrief',
    text: {
      zh: '看“{charts}”里的五治曲线：哪一治被放下了？它的代价在哪个月显现？',
      en: 'Look at the five governances in "{charts}": which one was left behind, and in which month did it cost you?',
    },
  },
  {
    concept: 'five-forces',
    where: 'debrief',
    text: {
      zh: '“{parts}”里哪一项丢分最多？是不是把力量派去了不对口的事，或者一股力量承担得太多？',
      en: 'Which part of "{parts}" lost most? Was a force sent where it did not fit, or one force asked to carry too much?',
    },
  },
  {
    concept: null,
    where: 'room',
    text: {
      zh: '关键一招“{lever}”：各队第一次用它是在第几个月？标杆呢？（逐月查看里能看到标杆每个月做了什么。）',
      en: 'The lever "{lever}": in which month did each team first use it? And par? (Stepping through shows what par did each month.)',
    },
  },
];

/** The guide's own labels. */
const UI = {
  heading: { zh: '主持指南', en: 'Facilitator guide' },
  print: { zh: '打印', en: 'Print' },
  back: { zh: '返回', en: 'Back' },
  lang: { zh: 'English', en: '中文' },
  difficulty: { zh: '难度 {n} / 5', en: 'Difficulty {n} / 5' },
  fullTerm: { zh: '完整任期 {n} 个月', en: 'full term {n} months' },
  background: { zh: '情景背景', en: 'The place' },
  teaches: { zh: '本情景教什么', en: 'What the scenario teaches' },
  lever: { zh: '关键一招', en: 'The binding lever' },
  leverActions: { zh: '对应的行动：{actions}', en: 'The actions: {actions}' },
  plan: {
    zh: '{minutes} 分钟方案 · 任期 {months} 个月',
    en: '{minutes}-minute plan · a {months}-month term',
  },
  colMinutes: { zh: '分钟', en: 'Minutes' },
  colPhase: { zh: '环节', en: 'Phase' },
  colWhat: { zh: '做什么', en: 'What to do' },
  'phase.briefing': { zh: '开场', en: 'Briefing' },
  'phase.play': { zh: '对局', en: 'Play' },
  'phase.collect': { zh: '收码', en: 'Collect codes' },
  'phase.debrief': { zh: '复盘', en: 'Debrief' },
  prompts: { zh: '复盘提问', en: 'Debrief prompts' },
  whereRoom: { zh: '主持人屏幕', en: 'facilitator view' },
  whereDebrief: { zh: '各队总结页', en: "team's debrief" },
  scenarioQuestions: { zh: '本情景的讨论题', en: "The scenario's own questions" },
  session: { zh: '本场挑战码：{code}', en: "This session's challenge code: {code}" },
  trust: {
    zh: '已验证的结果码只证明：这些走法在本版规则下得到这个分数；它不证明是谁选择了这些走法。',
    en: 'A verified result code proves only that its moves give its score under these rules; it does not prove who chose them.',
  },
  noLever: { zh: '（本情景没有指定关键一招）', en: '(this scenario names no binding lever)' },
} satisfies Record<string, Bilingual>;

export type GuideKey = keyof typeof UI;

/** A text in the current language, its placeholders filled. */
export function pickText(text: Bilingual, params?: Params): string {
  return format(lang() === 'en' ? text.en : text.zh, params);
}

/** A guide label in the current language. */
export function gt(key: GuideKey, params?: Params): string {
  return pickText(UI[key], params);
}
