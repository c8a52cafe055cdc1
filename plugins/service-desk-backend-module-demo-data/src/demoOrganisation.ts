/** The demo organisation of examples/: its services with their people, the desk, the reporters. */

export interface Service {
  entityRef: string;
  pm: string;
  engineers: string[];
  titles: Array<[string, string, string]>; // title, description, category
}

export const SERVICES: Service[] = [
  {
    entityRef: 'component:default/ems-scada',
    pm: 'user:default/zhang.wei',
    engineers: ['user:default/ma.chao', 'user:default/he.jun'],
    titles: [
      [
        'SCADA 画面刷新延迟',
        '调度台 3 号工作站 SCADA 画面刷新延迟约 30 秒，其他工作站正常。',
        'application/fault',
      ],
      [
        'EMS 状态估计不收敛',
        '今日 09:00 起 EMS 状态估计连续三次不收敛，需排查量测数据。',
        'application/data',
      ],
      [
        'Alarm list not refreshing',
        'The alarm list on the dispatcher console stopped refreshing after the morning switch-over.',
        'application/fault',
      ],
    ],
  },
  {
    entityRef: 'component:default/outage-planner',
    pm: 'user:default/wu.hao',
    engineers: ['user:default/ma.chao', 'user:default/he.jun'],
    titles: [
      [
        '检修票无法提交',
        '提交一级检修许可申请时提示“流程节点不存在”，无法提交。',
        'application/fault',
      ],
      [
        'New account for planner',
        'Please create an outage-planner account for the new shift engineer of substation 7.',
        'application/access',
      ],
    ],
  },
  {
    entityRef: 'component:default/meter-data-service',
    pm: 'user:default/wu.hao',
    engineers: ['user:default/lin.feng', 'user:default/guo.qiang'],
    titles: [
      [
        '电能量数据缺失',
        '110kV 城东站昨日 14:00–15:00 电能量数据缺失，请补采。',
        'application/data',
      ],
      [
        'Meter collection job late',
        'The hourly meter collection job finished 40 minutes late twice this week.',
        'infrastructure/server',
      ],
    ],
  },
  {
    entityRef: 'component:default/office-network',
    pm: 'user:default/xu.jing',
    engineers: ['user:default/tang.yi'],
    titles: [
      [
        '办公区无线网络断连',
        '三楼办公区无线网络频繁断开，影响视频会议。',
        'infrastructure/network',
      ],
      [
        'VPN login fails',
        'VPN client reports "certificate expired" for the on-call engineers.',
        'infrastructure/network',
      ],
    ],
  },
  {
    entityRef: 'component:default/email-service',
    pm: 'user:default/xu.jing',
    engineers: ['user:default/tang.yi'],
    titles: [
      [
        '邮件发送退信',
        '向省公司发送邮件被退回，提示对方服务器拒收。',
        'application/fault',
      ],
    ],
  },
  {
    entityRef: 'component:default/legacy-reporting',
    pm: 'user:default/wang.fang',
    engineers: ['user:default/song.tao'],
    titles: [
      ['旧报表导出乱码', '导出的月度报表中文显示为乱码。', 'application/data'],
    ],
  },
];

export const AGENTS = ['user:default/li.na', 'user:default/zhao.lei'];
export const DUTY = ['user:default/chen.jie', 'user:default/sun.li'];
export const LEAD = 'user:default/wang.fang';
export const TECH_SUPPORT = 'user:default/liu.yang';
export const REPORTERS = [
  {
    name: '周欣',
    phone: '0571-8888 1234',
    organisation: '调度中心',
    userRef: 'user:default/zhou.xin',
  },
  { name: '钱工', phone: '138 0000 1111', organisation: '城东变电站' },
  {
    name: 'Mr. Fang',
    phone: '0571-8888 5678',
    organisation: 'Metering office',
  },
];
