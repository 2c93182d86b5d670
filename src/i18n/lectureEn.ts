// The lecture's passages that the scenarios' learning points quote, rendered in English, keyed by the
// verbatim Chinese (as the scenario files write it). An English player reads these where a Chinese
// player reads the lecture itself; a passage missing here (a scenario written later) is shown in Chinese.
// tests/i18n/lecture.test.ts checks that every bundled scenario's passage has its rendering here.
export const lectureEn: Readonly<Record<string, string>> = {
  '德治,强调社会内生性力量的软约束,解决的是道德公德美德等“以德服人,以文化人”的问题;':
    'Rule of virtue stresses the soft constraint of society’s own inner forces; it answers questions of morality, public ethics and personal virtue: “win people by virtue, transform them by culture”.',
  '“多元”指基层治理的多个主体,比如基层政权、基层群众性自治组织、集体经济组织、社会组织、行业协会以及公民个人特别是治理精英。':
    '“Many actors” means the many parties to grassroots governance: grassroots government, the people’s self-governing organisations, collective economic organisations, social organisations, trade associations, and individual citizens, above all local governance leaders.',
  '组织党员干部下沉参与基层治理,有效服务群众。':
    'Send Party members and cadres down to take part in grassroots governance and serve the people effectively.',
  '这五种治理资源深度融合才能达到基层治理“共建、共治、共享”的效果,不能偏轻偏重、顾此失彼。':
    'Only when these five governance resources are deeply fused does grassroots governance achieve “joint building, joint governance, shared benefit”; none may be too light or too heavy, none attended to at the cost of another.',
  '目前村民委员会和居民委员会行政压力过大,正如有的同志所言:“行政有余、自治不足”。':
    'Villagers’ and residents’ committees now bear too much administrative pressure; as one comrade put it, “too much administration, too little self-governance”.',
  '基层减负,首先要将村民委员会、居民委员会不必要、不合理的行政性事务进行专项清理。':
    'Lightening the grassroots’ burden starts with a dedicated clear-out of the unnecessary and unreasonable administrative tasks laid on villagers’ and residents’ committees.',
  '切实防止出现人民形式上有权、实际上无权的现象。':
    'Firmly prevent the people from holding rights in form but not in fact.',
  '自治,强调基层群众对基层事务参与的主动性、积极性,解决的是基层治理的活力问题;':
    'Self-governance stresses the initiative and enthusiasm with which people take part in local affairs; it answers grassroots governance’s question of vitality.',
  '应急管理能力重在响应,对突发公共事件及时响应,依法依规果断处置,化解风险、保障人民群众的生命财产安全;':
    'Emergency management is above all response: respond to sudden public incidents in time, act decisively within the law and the rules, defuse the risk, and keep people’s lives and property safe.',
  '我们只有一个中心,在基层治理中,这个中心就是基层党组织,没有基层党组织对各类组织资源和治理资源的统筹协调,基层治理不可能做好。':
    'We have only one centre; in grassroots governance, that centre is the grassroots Party organisation. Without it coordinating every kind of organisational and governance resource, grassroots governance cannot be done well.',
  '“铁路警察,各管一段”。的确,这些部门有这样的职责,但如果没有系统观念,没有发挥党委政府特别是党委总揽全局、协调各方的领导核心作用,治理的碎片化现象必然发生。':
    '“Railway police, each minding one stretch.” These departments do have such duties; but without a systems view, and without the Party committee and government, above all the Party committee, leading as the core that oversees the whole and coordinates every side, governance is bound to fragment.',
  '“五社联动”是以社区为平台、以社会工作专业人才为支撑、以社会组织为载体、以社区志愿服务队伍为依托、以社会慈善资源为助推的新型社区治理机制。':
    '“Five forces linked” is a new mechanism of community governance: the community as platform, professional social workers as support, social organisations as carriers, community volunteer teams as reliance, and charitable resources as booster.',
  '基层党组织在统筹协调各治理主体的关系时,要重视各主体在协商过程中的平等地位和意见的充分表达,确保多元主体参与到基层公共决策过程中;':
    'In coordinating the governance actors, the grassroots Party organisation must respect each one’s equal standing in consultation and let its views be fully heard, so that the many actors take part in the grassroots’ public decisions.',
  '法治,强调基层治理的硬约束,解决的是基层治理的行为边界,哪些可为、哪些不可为的刚性规范;':
    'Rule of law stresses the hard constraint of grassroots governance; it sets the boundaries of conduct, the firm rules of what may and may not be done.',
  '社区是党委和政府联系群众、服务群众的神经末梢,要及时感知社区居民的操心事、烦心事、揪心事,一件一件加以解决。':
    'The community is the nerve ending through which Party and government reach and serve the people; it must sense residents’ worries, grievances and anguish in time, and solve them one by one.',
  '议事协商能力重在民主,有事好商量,有事多商量,鼓励和引导基层群众参与基层治理':
    'Deliberation and consultation are above all democracy: when there is something to settle, talk it over, and talk it over more; encourage and guide people to take part in grassroots governance.',
  '推行“一肩挑”和交叉任职,不断健全党全面领导基层治理制度。过去一段时间,部分基层存在两委关系紧张问题,城乡基层党组织和村(居)民自治组织存在“两张皮”问题。':
    'Promote “one shoulder” (one person heading both committees) and cross-posting, and keep strengthening the Party’s overall leadership of grassroots governance. For a time, in some places relations between the two committees were tense, and grassroots Party organisations and villagers’ (residents’) self-governing organisations were “two skins”.',
  '一段时期,基层治理出现治理主体“各自为政、各行其是”的现象。':
    'For a time, the actors of grassroots governance would “each go their own way, each do as they please”.',
  '要坚持和发展新时代“枫桥经验”,及时调处矛盾纠纷,组织心理疏导,做好群众思想工作,确保基层有一个安居乐业、文明祥和的社会环境。':
    'Uphold and develop the “Fengqiao experience” of the new era: mediate disputes in time, organise psychological counselling, do patient work with people’s thinking, and make sure the grassroots is a place where people live and work in peace, civil and harmonious.',
};
