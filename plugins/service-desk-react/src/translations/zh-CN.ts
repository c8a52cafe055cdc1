/** 共用组件的中文。The translation ref's type requires every key. */
export default {
  'datePicker.open': '从日历中选择',
  'datePicker.previousMonth': '上个月',
  'datePicker.nextMonth': '下个月',
  'datePicker.hour': '时',
  'datePicker.minute': '分',
};
