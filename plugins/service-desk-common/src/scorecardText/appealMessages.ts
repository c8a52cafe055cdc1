/**
 * The scorecard's appeals strings (申诉/复核): English as the translation ref's subtree `appeals`,
 * Chinese as its flat keys. Plain data in common, so that the backend's annual form says what the
 * screen says.
 */
export const appealMessagesEn = {
  title: 'Appeals on the periods of {{year}}',
  empty: 'No deduction of {{year}} has been appealed.',
  file: 'Appeal',
  fileLine: 'Appeal {{line}}',
  line: {
    pending: 'Appeal #{{id}} is waiting for the manager',
    rejected: 'Appeal #{{id}} was rejected',
  },
  adjustment: '+{{points}} (appeal #{{id}})',
  dialog: {
    fileTitle: 'Appeal a deduction of {{period}}',
    fileHelp:
      '{{line}}. The manager accepts or rejects the appeal with a reason; an accepted appeal takes back exactly this deduction.',
    reason: 'Why the deduction is wrong',
    evidenceLink: 'Evidence link (optional)',
    acceptTitle: 'Accept appeal #{{id}}',
    acceptHelp:
      'The deduction of {{points}} points is taken back wherever it counts; the lead is told.',
    rejectTitle: 'Reject appeal #{{id}}',
    rejectHelp: 'The deduction stands; the lead sees your reason.',
    decisionReason: 'Reason',
  },
  columns: {
    id: 'No.',
    period: 'Period',
    deduction: 'Deduction',
    appeal: 'Appeal',
    state: 'State',
    decision: 'Decision',
  },
  filed: 'Filed by {{who}} on {{time}}',
  evidence: 'Evidence',
  states: {
    pending: 'Pending',
    accepted: 'Accepted',
    rejected: 'Rejected',
  },
  decided: '{{who}} on {{time}}: {{reason}}',
  actions: {
    accept: 'Accept',
    reject: 'Reject',
  },
} as const;

// Not widened to a Record: the scorecard's zh-CN map must name every key, and a missing one fails
// to compile there.
export const appealMessagesZh = {
  'appeals.title': '{{year}} 年各期间的申诉',
  'appeals.empty': '{{year}} 年尚无扣分申诉。',
  'appeals.file': '申诉',
  'appeals.fileLine': '申诉 {{line}}',
  'appeals.line.pending': '申诉 #{{id}} 等待经理复核',
  'appeals.line.rejected': '申诉 #{{id}} 已驳回',
  'appeals.adjustment': '+{{points}}（申诉 #{{id}}）',
  'appeals.dialog.fileTitle': '对 {{period}} 的扣分提出申诉',
  'appeals.dialog.fileHelp':
    '{{line}}。经理复核后说明理由予以采纳或驳回；采纳的申诉只撤销这一项扣分。',
  'appeals.dialog.reason': '扣分有误的理由',
  'appeals.dialog.evidenceLink': '证据链接（选填）',
  'appeals.dialog.acceptTitle': '采纳申诉 #{{id}}',
  'appeals.dialog.acceptHelp':
    '该项 {{points}} 分的扣分在各期间一并撤销，并通知组长。',
  'appeals.dialog.rejectTitle': '驳回申诉 #{{id}}',
  'appeals.dialog.rejectHelp': '扣分维持不变；组长可看到驳回理由。',
  'appeals.dialog.decisionReason': '理由',
  'appeals.columns.id': '序号',
  'appeals.columns.period': '期间',
  'appeals.columns.deduction': '扣分项',
  'appeals.columns.appeal': '申诉',
  'appeals.columns.state': '状态',
  'appeals.columns.decision': '复核结果',
  'appeals.filed': '{{who}} 于 {{time}} 提出',
  'appeals.evidence': '证据',
  'appeals.states.pending': '待复核',
  'appeals.states.accepted': '已采纳',
  'appeals.states.rejected': '已驳回',
  'appeals.decided': '{{who}} 于 {{time}}：{{reason}}',
  'appeals.actions.accept': '采纳',
  'appeals.actions.reject': '驳回',
};
