/** A person of examples/org.yaml the demo sign-in offers; the backend reads the rest from the catalog. */
export type DemoUser = {
  ref: string;
  name: string;
  role: string;
};

// In the order a ticket meets them: desk, support, management, PMs, engineers, then a reporter.
export const demoUsers: DemoUser[] = [
  {
    ref: 'user:default/li.na',
    name: '李娜 Li Na',
    role: '客服专员 desk agent',
  },
  {
    ref: 'user:default/zhao.lei',
    name: '赵磊 Zhao Lei',
    role: '客服专员 desk agent',
  },
  {
    ref: 'user:default/chen.jie',
    name: '陈杰 Chen Jie',
    role: '值班员 duty officer',
  },
  {
    ref: 'user:default/sun.li',
    name: '孙丽 Sun Li',
    role: '值班员 duty officer',
  },
  {
    ref: 'user:default/wang.fang',
    name: '王芳 Wang Fang',
    role: '客服中心组长 desk lead',
  },
  {
    ref: 'user:default/liu.yang',
    name: '刘洋 Liu Yang',
    role: '技术支持 tech support',
  },
  {
    ref: 'user:default/zhou.min',
    name: '周敏 Zhou Min',
    role: '技术支持 tech support',
  },
  {
    ref: 'user:default/huang.wei',
    name: '黄伟 Huang Wei',
    role: '信息部经理 IT manager',
  },
  {
    ref: 'user:default/zhang.wei',
    name: '张伟 Zhang Wei',
    role: '项目经理 PM, 调度自动化 dispatch automation',
  },
  {
    ref: 'user:default/wu.hao',
    name: '吴昊 Wu Hao',
    role: '项目经理 PM, 电网数据 grid data',
  },
  {
    ref: 'user:default/xu.jing',
    name: '徐静 Xu Jing',
    role: '项目经理 PM, 办公网络 office network',
  },
  {
    ref: 'user:default/ma.chao',
    name: '马超 Ma Chao',
    role: '运维工程师 engineer, 调度自动化 dispatch automation',
  },
  {
    ref: 'user:default/he.jun',
    name: '何军 He Jun',
    role: '运维工程师 engineer, 调度自动化 dispatch automation',
  },
  {
    ref: 'user:default/lin.feng',
    name: '林峰 Lin Feng',
    role: '运维工程师 engineer, 电网数据 grid data',
  },
  {
    ref: 'user:default/guo.qiang',
    name: '郭强 Guo Qiang',
    role: '运维工程师 engineer, 电网数据 grid data',
  },
  {
    ref: 'user:default/tang.yi',
    name: '唐毅 Tang Yi',
    role: '运维工程师 engineer, 办公网络 office network',
  },
  {
    ref: 'user:default/song.tao',
    name: '宋涛 Song Tao',
    role: '运维工程师 engineer, 旧报表 legacy reporting',
  },
  {
    ref: 'user:default/zhou.xin',
    name: '周欣 Zhou Xin',
    role: "调度中心调度员 customer's dispatcher",
  },
];
