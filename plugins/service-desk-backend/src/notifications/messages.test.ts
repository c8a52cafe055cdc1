import fs from 'fs';
import path from 'path';
import yaml from 'yaml';
import { NOTIFICATION_TOPICS } from '@internal/plugin-service-desk-common';
import {
  DESK_LANGUAGES,
  DeskEvent,
  TicketFacts,
  deskMessage,
} from './messages';

const ticket: TicketFacts = {
  displayId: 'SD-202612-00007',
  title: 'SCADA 画面刷新延迟',
  emergency: false,
  service: 'EMS/SCADA 能量管理系统',
};
/** 18:48 UTC on 1 December is 02:48 on 2 December in Shanghai (UTC+8, no daylight saving). */
const AT = '2026-12-01T18:48:00.000Z';
const SHANGHAI = { timeZone: 'Asia/Shanghai' };
const zh = (e: DeskEvent) => deskMessage(e, { ...SHANGHAI, language: 'zh-CN' });
const en = (e: DeskEvent) => deskMessage(e, { ...SHANGHAI, language: 'en' });

describe('deskMessage', () => {
  it.each<[string, DeskEvent, { title: string; description: string }]>([
    [
      'dispatched',
      { kind: 'dispatched', ticket, by: '李娜 Li Na', at: AT },
      {
        title: '工单 SD-202612-00007 已派给您：SCADA 画面刷新延迟',
        description:
          '李娜 Li Na 于 2026-12-02 02:48 派单，服务：EMS/SCADA 能量管理系统。请指派处理人，或退回服务台。',
      },
    ],
    [
      'assigned',
      { kind: 'assigned', ticket, by: '张伟 Zhang Wei', at: AT },
      {
        title: '工单 SD-202612-00007 已指派给您：SCADA 画面刷新延迟',
        description:
          '张伟 Zhang Wei 于 2026-12-02 02:48 指派，服务：EMS/SCADA 能量管理系统。',
      },
    ],
    [
      'returned',
      {
        kind: 'returned',
        ticket,
        by: '马超 Ma Chao',
        at: AT,
        comment: '  not our\nserver ',
      },
      {
        title: '工单 SD-202612-00007 被退回：SCADA 画面刷新延迟',
        description: '马超 Ma Chao 于 2026-12-02 02:48 退回：not our server',
      },
    ],
    [
      'resolved',
      {
        kind: 'resolved',
        ticket,
        by: '马超 Ma Chao',
        at: AT,
        resolution: '重启前置服务器',
      },
      {
        title: '工单 SD-202612-00007 已解决，请确认完成：SCADA 画面刷新延迟',
        description: '马超 Ma Chao 于 2026-12-02 02:48 解决：重启前置服务器',
      },
    ],
    [
      'pmConfirmed',
      { kind: 'pmConfirmed', ticket, by: '张伟 Zhang Wei', at: AT },
      {
        title: '工单 SD-202612-00007 项目经理已确认完成：SCADA 画面刷新延迟',
        description:
          '张伟 Zhang Wei 于 2026-12-02 02:48 确认完成。请服务台确认，安排回访。',
      },
    ],
    [
      'closed',
      { kind: 'closed', ticket, at: AT },
      {
        title: '您报告的问题已处理完毕：SCADA 画面刷新延迟',
        description: '工单 SD-202612-00007 于 2026-12-02 02:48 关闭。',
      },
    ],
    [
      'emergency',
      {
        kind: 'emergency',
        ticket: { ...ticket, emergency: true },
        occurredAt: AT,
      },
      {
        title: '突发事件 SD-202612-00007：SCADA 画面刷新延迟',
        description: '服务：EMS/SCADA 能量管理系统，发生于 2026-12-02 02:48。',
      },
    ],
    [
      'an SLA level',
      {
        kind: 'slaWarning',
        ticket,
        clock: 'timelyHandling',
        level: '80',
        deadline: AT,
      },
      {
        title: 'SD-202612-00007 及时处理时限已用 80%：SCADA 画面刷新延迟',
        description: '及时处理时限截止于 2026-12-02 02:48。',
      },
    ],
    [
      'an SLA breach',
      {
        kind: 'slaWarning',
        ticket,
        clock: 'emergencyResponse',
        level: 'breach',
        deadline: AT,
      },
      {
        title: 'SD-202612-00007 突发事件响应已超时：SCADA 画面刷新延迟',
        description: '突发事件响应时限截止于 2026-12-02 02:48。',
      },
    ],
  ])('says %s in Chinese', (_, event, expected) => {
    expect(zh(event)).toEqual(expected);
  });

  it('marks an emergency in the title of a step', () => {
    expect(
      zh({
        kind: 'dispatched',
        ticket: { ...ticket, emergency: true },
        by: '李娜 Li Na',
        at: AT,
      }).title,
    ).toBe('突发事件 SD-202612-00007 已派给您：SCADA 画面刷新延迟');
  });

  it.each<[DeskEvent, { title: string; description: string }]>([
    [
      { kind: 'dispatched', ticket, by: 'Li Na', at: AT },
      {
        title: 'Ticket SD-202612-00007 dispatched to you: SCADA 画面刷新延迟',
        description:
          'Dispatched by Li Na at 2026-12-02 02:48, service EMS/SCADA 能量管理系统. Assign a handler or hand it back to the desk.',
      },
    ],
    [
      {
        kind: 'slaWarning',
        ticket,
        clock: 'emergencyClose',
        level: '50',
        deadline: AT,
      },
      {
        title:
          'SD-202612-00007 Emergency close: 50 % of the time used: SCADA 画面刷新延迟',
        description: 'Emergency close is due at 2026-12-02 02:48.',
      },
    ],
    [
      { kind: 'closed', ticket, at: AT },
      {
        title: 'The problem you reported is done: SCADA 画面刷新延迟',
        description: 'Ticket SD-202612-00007 was closed at 2026-12-02 02:48.',
      },
    ],
  ])('speaks English when the desk does (%#)', (event, expected) => {
    expect(en(event)).toEqual(expected);
  });

  it('reads times in the configured zone, not UTC', () => {
    const event: DeskEvent = { kind: 'closed', ticket, at: AT };
    expect(
      deskMessage(event, { language: 'en', timeZone: 'Europe/Berlin' })
        .description,
    ).toBe('Ticket SD-202612-00007 was closed at 2026-12-01 19:48.');
  });

  it('shortens a long comment to 200 characters', () => {
    const { description } = zh({
      kind: 'returned',
      ticket,
      by: 'x',
      at: AT,
      comment: 'a'.repeat(500),
    });
    expect(description).toBe(`x 于 2026-12-02 02:48 退回：${'a'.repeat(199)}…`);
  });

  it('writes no internal key in any language', () => {
    const clocks = ['emergencyResponse', 'emergencyClose', 'timelyHandling'];
    for (const language of DESK_LANGUAGES) {
      for (const clock of clocks) {
        const text = JSON.stringify(
          deskMessage(
            {
              kind: 'slaWarning',
              ticket,
              clock: clock as 'timelyHandling',
              level: 'breach',
              deadline: AT,
            },
            { language, timeZone: 'Asia/Shanghai' },
          ),
        );
        expect(text).not.toMatch(
          /emergencyResponse|emergencyClose|timely[A-Z]/,
        );
        expect(text).not.toContain('T18:48');
      }
    }
  });
});

describe('the roster change', () => {
  /** Friday 4 December 2026, 09:00–17:30 in Shanghai; the Sunday duty given in return. */
  const cover: DeskEvent = {
    kind: 'rosterChange',
    type: 'cover',
    slot: { date: '2026-12-04', kind: 'desk' },
    start: '2026-12-04T01:00:00.000Z',
    end: '2026-12-04T09:30:00.000Z',
    status: 'pending',
    holder: '陈杰 Chen Jie',
    replacement: '孙丽 Sun Li',
    reason: '家中有事',
  };
  const swap: DeskEvent = {
    ...cover,
    type: 'swap',
    swapWith: { date: '2026-12-06', kind: 'duty' },
  };

  it.each<[string, DeskEvent, { title: string; description: string }]>([
    [
      'a cover awaiting approval',
      cover,
      {
        title: '顶岗待审批：2026年12月4日（周五）白班',
        description:
          '孙丽 Sun Li 接替 陈杰 Chen Jie（2026-12-04 09:00 至 2026-12-04 17:30）。原因：家中有事',
      },
    ],
    [
      'an approved swap',
      { ...swap, status: 'approved' },
      {
        title: '换班已批准：2026年12月4日（周五）白班',
        description:
          '孙丽 Sun Li 接替 陈杰 Chen Jie（2026-12-04 09:00 至 2026-12-04 17:30），陈杰 Chen Jie 改上 2026年12月6日（周日）值班。原因：家中有事',
      },
    ],
    [
      'a refused cover',
      { ...cover, status: 'rejected' },
      {
        title: '顶岗已驳回：2026年12月4日（周五）白班',
        description:
          '孙丽 Sun Li 接替 陈杰 Chen Jie（2026-12-04 09:00 至 2026-12-04 17:30）。原因：家中有事',
      },
    ],
  ])('says %s in Chinese', (_, event, expected) => {
    expect(zh(event)).toEqual(expected);
  });

  it.each<[DeskEvent, { title: string; description: string }]>([
    [
      cover,
      {
        title: 'Cover awaiting approval: the desk shift of Fri 4 Dec 2026',
        description:
          '孙丽 Sun Li takes over from 陈杰 Chen Jie (2026-12-04 09:00 – 2026-12-04 17:30). Reason: 家中有事',
      },
    ],
    [
      { ...swap, status: 'rejected' },
      {
        title: 'Swap refused: the desk shift of Fri 4 Dec 2026',
        description:
          '孙丽 Sun Li takes over from 陈杰 Chen Jie (2026-12-04 09:00 – 2026-12-04 17:30); 陈杰 Chen Jie takes the duty shift of Sun 6 Dec 2026 in return. Reason: 家中有事',
      },
    ],
    [
      {
        ...cover,
        status: 'approved',
        slot: { date: '2026-12-04', kind: 'duty' },
      },
      {
        title: 'Cover approved: the duty shift of Fri 4 Dec 2026',
        description:
          '孙丽 Sun Li takes over from 陈杰 Chen Jie (2026-12-04 09:00 – 2026-12-04 17:30). Reason: 家中有事',
      },
    ],
  ])('speaks English when the desk does (%#)', (event, expected) => {
    expect(en(event)).toEqual(expected);
  });

  it('writes no internal key in any language', () => {
    for (const status of ['pending', 'approved', 'rejected'] as const) {
      const zhText = JSON.stringify(zh({ ...swap, status }));
      expect(zhText).not.toMatch(
        /pending|approved|rejected|cover|swap|desk|duty|user:/,
      );
      const enText = JSON.stringify(en({ ...swap, status }));
      expect(enText).not.toMatch(/pending|rejected|user:|T01:00/);
      expect(enText).not.toContain('2026-12-06');
    }
  });
});

describe('notification topics', () => {
  it('are stable, distinct and all offered in the settings of app-config.yaml', () => {
    const topics = Object.values(NOTIFICATION_TOPICS);
    expect(new Set(topics).size).toBe(topics.length);
    const config = yaml.parse(
      fs.readFileSync(
        path.resolve(__dirname, '../../../../app-config.yaml'),
        'utf8',
      ),
    );
    const offered = config.notifications.defaultSettings.channels
      .find((c: { id: string }) => c.id === 'Web')
      .origins.find((o: { id: string }) => o.id === 'plugin:service-desk')
      .topics.map((t: { id: string }) => t.id);
    expect(offered).toEqual(expect.arrayContaining(topics));
  });
});
