// The room mode's words, Chinese first with English. Kept beside the room's modules (one key set:
// `Record<RoomKey, string>` makes the English table fill exactly the Chinese keys at compile time).
import { TEAM_MAX } from '../codes/team';
import { format, lang, type Params, t } from '../i18n';

const zhRoom = {
  'room.label': '房间',
  'room.connecting': '正在连接房间……',
  'room.unreachable': '连不上房间（{reason}）。游戏照常可以离线玩；终局时把结果码交给主持人。',
  'room.otherRules': '房间用的是规则版本 {room}，本页是 {page}：请刷新页面后再加入。现在可以离线玩。',
  'room.noSession': '房间里还没有开放的场次。请等主持人开场后点“再试一次”。',
  'room.retry': '再试一次',
  'room.offline': '离线玩',
  'room.session': '本场挑战：{scenario} · 种子 {seed} · {months} 个月',
  'room.teams': '已有 {teams} 队加入',
  'room.teamName': '队名 / Team name',
  'room.join': '加入',
  'room.joining': '正在加入……',
  'room.joined': '已加入：{team}',
  'room.play': '开始本场挑战',
  'room.continue': '继续本场对局',
  'room.freePlay': '自由练习（不发送）',
  'room.hint': '每月结束和终局时，本局的回放会送到房间，由房间重新计算分数。名次等主持人公布。',
  'room.continueOnly': '本队的本场对局还没下完：接着下。房间只计每队第一局下完的对局，所以不能重新开始。',
  'room.resultDelivered':
    '这一局已送达房间，主持人那里已经有了：不必再交结果码。房间断线时，才用下面的结果码。',
  'room.resultCounts': '这是本队在这台电脑上完成的第一局：房间排名计的就是它。',
  'room.resultPending':
    '这一局还有 {n} 份在等待送往房间（网络恢复后自动发送）。主持人等不及时，可把下面的结果码交给主持人。',
  'room.nameEmpty': '请填写队名。',
  'room.unknownScenario': '本页没有这场挑战的情景“{id}”：请刷新页面。',
  'room.status': '房间 · {team} · 已送达 {sent}',
  'room.pending': '待发送 {n}',
  'room.waiting': '连不上房间，恢复后自动重发',
  'room.notThisChallenge': '此局不是本场挑战，不发送',
  'room.refused': '房间拒收一次提交：{message}',
  'room.problem.nameTaken': '这个队名已经有队用了：换一个名字；若是本队换了电脑，请在原来那台电脑上接着下。',
  'room.problem.closed': '主持人已关闭提交',
  'room.problem.tooManyTeams': '本场的队伍已满',
  'room.problem.tooManyAttempts': '本队这一场的对局已经太多',
  'room.problem.attemptFinished': '这一局已经下完，之后的不再收',
  'room.problem.notAContinuation': '这一份接不上本队已送达的对局',
  'room.problem.wrongChallenge': '不是本场挑战的对局',
  'room.problem.foreignVersion': '规则版本不同：请刷新页面',
  'room.problem.illegalAction': '对局里有规则不允许的行动',
  'room.problem.resultDiffers': '对局记录与房间重算的结果不符',
  'room.problem.rateLimited': '提交太频繁，稍后会自动再试',
  'room.problem.token': '房间不再认得本队的加入凭证：请重新加入',
  'room.problem.unknownSession': '这一场已经不在房间里了',
  'room.problem.network': '连不上房间（{message}）',
  'room.closed': '本场已停止收取提交',
  'room.rankLine': '名次已公布：第 {rank} 名（共 {of} 队）',
} as const;

export type RoomKey = keyof typeof zhRoom;

const enRoom: Record<RoomKey, string> = {
  'room.label': 'Room',
  'room.connecting': 'Connecting to the room…',
  'room.unreachable':
    'The room cannot be reached ({reason}). The game plays offline as usual; at the end, give the facilitator the result code.',
  'room.otherRules':
    'The room plays rules version {room}, this page {page}: reload the page before joining. You can play offline now.',
  'room.noSession': 'No session is open in the room yet. Wait for the facilitator, then press "Try again".',
  'room.retry': 'Try again',
  'room.offline': 'Play offline',
  'room.session': "This session's challenge: {scenario} · seed {seed} · {months} months",
  'room.teams': '{teams} teams have joined',
  'room.teamName': '队名 / Team name',
  'room.join': 'Join',
  'room.joining': 'Joining…',
  'room.joined': 'Joined: {team}',
  'room.play': "Start the session's challenge",
  'room.continue': 'Continue the session game',
  'room.freePlay': 'Practise freely (nothing sent)',
  'room.hint':
    'At every month end and at the end of the term, the game so far goes to the room, which re-computes the score. Ranks are shown when the facilitator reveals them.',
  'room.continueOnly':
    "Your team's session game is not finished: carry on with it. The room counts each team's first finished game, so it cannot be started over.",
  'room.resultDelivered':
    'This game has reached the room, so the facilitator already has it: no need to hand in the result code. The code below is for when the room is down.',
  'room.resultCounts':
    "This is your team's first finished game on this computer: it is the one the room ranks.",
  'room.resultPending':
    'This game still has {n} submission(s) waiting to reach the room (sent by itself when the network is back). If the facilitator cannot wait, hand in the result code below.',
  'room.nameEmpty': 'Enter a team name.',
  'room.unknownScenario': 'This page does not have the challenge\'s scenario "{id}": reload the page.',
  'room.status': 'Room · {team} · delivered {sent}',
  'room.pending': 'waiting to send {n}',
  'room.waiting': 'the room is unreachable; sending again when it is back',
  'room.notThisChallenge': "this game is not the session's challenge: not sent",
  'room.refused': 'The room refused a submission: {message}',
  'room.problem.nameTaken':
    'A team of that name has already joined: choose another; if this is your team on another computer, carry on on the first one.',
  'room.problem.closed': 'the facilitator has closed submissions',
  'room.problem.tooManyTeams': 'this session has as many teams as it takes',
  'room.problem.tooManyAttempts': 'your team has played too many games of this session',
  'room.problem.attemptFinished': 'that game is finished; nothing after its end is taken',
  'room.problem.notAContinuation': "this does not continue your team's game the room has",
  'room.problem.wrongChallenge': "this game is not the session's challenge",
  'room.problem.foreignVersion': 'the room plays other rules: reload the page',
  'room.problem.illegalAction': 'the game holds a move the rules do not allow',
  'room.problem.resultDiffers': "the game's record does not match what the room re-computes",
  'room.problem.rateLimited': 'sent too often; it is tried again by itself shortly',
  'room.problem.token': "the room no longer knows your team's pass: join again",
  'room.problem.unknownSession': 'this session is no longer in the room',
  'room.problem.network': 'the room cannot be reached ({message})',
  'room.closed': 'the session takes no more submissions',
  'room.rankLine': 'ranks revealed: {rank} of {of}',
};

const TABLES = { zh: zhRoom as Record<RoomKey, string>, en: enRoom };

export function rt(key: RoomKey, params?: Params): string {
  return format(TABLES[lang()][key], params);
}

const PROBLEM_CODES = new Set([
  'nameTaken',
  'closed',
  'tooManyTeams',
  'tooManyAttempts',
  'attemptFinished',
  'notAContinuation',
  'wrongChallenge',
  'foreignVersion',
  'illegalAction',
  'resultDiffers',
  'rateLimited',
  'unknownSession',
  'network',
]);
const TOKEN_CODES = new Set(['missingToken', 'forgedToken', 'wrongSession']);

/**
 * A refusal in the player's language: the team's own name check (the game's words for it), the room's
 * codes a team can meet (docs/room-api.md), and for any other code the room's own line.
 */
export function roomProblemText(p: { code: string; message: string }): string {
  if (p.code === 'nameEmpty') return rt('room.nameEmpty');
  if (p.code === 'teamLong') return t('entry.teamLong', { max: TEAM_MAX });
  if (p.code === 'teamControl') return t('entry.teamControl');
  if (TOKEN_CODES.has(p.code)) return rt('room.problem.token');
  if (PROBLEM_CODES.has(p.code)) return rt(`room.problem.${p.code}` as RoomKey, { message: p.message });
  return p.message;
}
