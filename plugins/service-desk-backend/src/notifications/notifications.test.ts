import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DEMO_USERS, deskClient } from '../__testUtils__/deskClient';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { newTicket } from '../__testUtils__/ticketInput';

jest.setTimeout(90_000);

const { agent: AGENT, lead: LEAD, pm: PM, engineer: ENGINEER } = DEMO_USERS;
const REPORTER = 'user:default/zhou.xin';
const SERVICE = 'EMS/SCADA 能量管理系统';
const TITLE = 'SCADA 画面刷新延迟';

/** A UTC instant as the desk in Shanghai reads it: eight hours on (no daylight saving there). */
const shanghai = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ');

const databases = createTestDatabases();

/**
 * Issue 13: each step of a ticket's path tells whoever must act next, in the desk's language
 * (zh-CN in app-config.yaml) and zone, by catalog name, linked to the ticket, on its own topic.
 */
describe.each(databases.eachSupportedId())(
  'notifications on %p',
  databaseId => {
    let knex: Knex;
    let as: ReturnType<typeof deskClient>;
    let sent: NotificationSendOptions[];
    let settled: () => Promise<void>;
    let stop: () => Promise<void>;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      const desk = await startDeskBackend({ knex });
      as = deskClient(desk.server);
      sent = desk.notificationsSent;
      settled = desk.settled;
      stop = () => desk.backend.stop();
    });

    afterAll(async () => {
      await stop();
      await knex.destroy();
    });

    const open = async (extra: object = {}) => {
      const res = await as(AGENT).post('/tickets', newTicket(extra));
      expect(res.status).toBe(201);
      await settled();
      return res.body as { id: string; displayId: string };
    };

    /** Takes a step and returns the step's time and what it sent about the ticket. */
    const step = async (user: string, id: string, body: object) => {
      const { version } = (await as(LEAD).get(`/tickets/${id}`)).body;
      const before = sent.length;
      const res = await as(user).post(`/tickets/${id}/actions`, {
        version,
        ...body,
      });
      expect({ status: res.status, body }).toMatchObject({ status: 200 });
      await settled();
      return {
        at: shanghai(res.body.updatedAt),
        notices: sent
          .slice(before)
          .filter(n => n.payload.link === `/service-desk/tickets/${id}`),
      };
    };

    const notice = (
      id: string,
      recipients: string[],
      topic: string,
      text: { title: string; description: string },
    ) => ({
      recipients: { type: 'entity', entityRef: recipients },
      payload: {
        ...text,
        link: `/service-desk/tickets/${id}`,
        severity: 'normal',
        topic,
        scope: `${topic}:${id}`,
      },
    });

    it('tells the PM, the engineer, the PM again, the desk and the reporter, each at their step', async () => {
      const t = await open();
      const ref = `工单 ${t.displayId}`;

      const dispatch = await step(AGENT, t.id, { action: 'dispatch' });
      expect(dispatch.notices).toEqual([
        notice(t.id, [PM], 'service-desk-dispatched', {
          title: `${ref} 已派给您：${TITLE}`,
          description: `李娜 Li Na 于 ${dispatch.at} 派单，服务：${SERVICE}。请指派处理人，或退回服务台。`,
        }),
      ]);

      const assign = await step(PM, t.id, {
        action: 'assign',
        assigneeRef: ENGINEER,
      });
      expect(assign.notices).toEqual([
        notice(t.id, [ENGINEER], 'service-desk-assigned', {
          title: `${ref} 已指派给您：${TITLE}`,
          description: `张伟 Zhang Wei 于 ${assign.at} 指派，服务：${SERVICE}。`,
        }),
      ]);

      const handBack = await step(ENGINEER, t.id, {
        action: 'return',
        comment: '不是前置服务器的问题',
      });
      expect(handBack.notices).toEqual([
        notice(t.id, [PM], 'service-desk-returned', {
          title: `${ref} 被退回：${TITLE}`,
          description: `马超 Ma Chao 于 ${handBack.at} 退回：不是前置服务器的问题`,
        }),
      ]);

      await step(PM, t.id, { action: 'assign', assigneeRef: ENGINEER });
      const resolve = await step(ENGINEER, t.id, {
        action: 'resolve',
        resolution: '重启前置服务器',
      });
      expect(resolve.notices).toEqual([
        notice(t.id, [PM], 'service-desk-resolved', {
          title: `${ref} 已解决，请确认完成：${TITLE}`,
          description: `马超 Ma Chao 于 ${resolve.at} 解决：重启前置服务器`,
        }),
      ]);

      // The desk is whoever the roster has on duty now (with no plan: the shift's whole group).
      const onDuty: string[] = (await as(AGENT).get('/roster/now')).body.current
        .people;
      expect(onDuty.length).toBeGreaterThan(0);
      const confirmed = await step(PM, t.id, { action: 'confirm_completion' });
      expect(confirmed.notices).toEqual([
        notice(t.id, onDuty, 'service-desk-pm-confirmed', {
          title: `${ref} 项目经理已确认完成：${TITLE}`,
          description: `张伟 Zhang Wei 于 ${confirmed.at} 确认完成。请服务台确认，安排回访。`,
        }),
      ]);

      // The desk's own steps up to the close wait on the desk itself: nobody else is told.
      expect((await step(AGENT, t.id, { action: 'confirm' })).notices).toEqual(
        [],
      );
      expect(
        (
          await step(LEAD, t.id, {
            action: 'callback',
            rating: 'satisfied',
            userConfirmed: true,
          })
        ).notices,
      ).toEqual([]);

      const close = await step(LEAD, t.id, { action: 'close' });
      expect(close.notices).toEqual([
        notice(t.id, [REPORTER], 'service-desk-closed', {
          title: `您报告的问题已处理完毕：${TITLE}`,
          description: `工单 ${t.displayId} 于 ${close.at} 关闭。`,
        }),
      ]);
    });

    it('tells nobody of a close when the reporter is a name and a phone number, nor a PM who had no part', async () => {
      const t = await open({
        reporter: { name: '老王', phone: '0571-8888 5678' },
      });
      const steps: object[] = [
        { action: 'resolve', resolution: '指导用户重新登录' },
        { action: 'confirm' },
      ];
      const notices = [];
      for (const body of steps)
        notices.push(...(await step(AGENT, t.id, body)).notices);
      notices.push(
        ...(
          await step(LEAD, t.id, {
            action: 'callback',
            rating: 'satisfied',
            userConfirmed: true,
          })
        ).notices,
        ...(await step(LEAD, t.id, { action: 'close' })).notices,
      );
      expect(notices).toEqual([]);
    });
  },
);
