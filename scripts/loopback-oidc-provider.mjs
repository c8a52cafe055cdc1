// A real OpenID Connect provider (the npm package oidc-provider, a certified implementation) on
// loopback, for the tests and the benchmark that sign in to the production configuration. Its users
// log in with a password on its own login page; consent is implied for the configured clients, as
// an organisation's IdP does for its first-party apps, so the only interaction is the login form.
//
// As a module: startLoopbackOidcProvider() and signInThroughOidc() (a browser's redirects, with a
// cookie jar). As a program: `node scripts/loopback-oidc-provider.mjs <options.json>` starts one and
// prints {"issuer": ...} on a line once it listens; it stops on SIGTERM.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import Provider from 'oidc-provider';

/**
 * @param {{
 *   port?: number,
 *   clients: { client_id: string, client_secret: string, redirect_uris: string[] }[],
 *   users: Record<string, { password: string, email: string, name?: string }>,
 * }} options users by login name
 */
export async function startLoopbackOidcProvider({ port = 0, clients, users }) {
  const server = http.createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const { privateKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
  });

  const provider = new Provider(issuer, {
    clients: clients.map(c => ({
      ...c,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    })),
    // Its own signing key and cookie keys rather than the package's published development ones.
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), use: 'sig' }] },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'preferred_username'],
    },
    features: { devInteractions: { enabled: false } },
    // Lifetimes of a short-lived test provider, long enough for a benchmark's run.
    ttl: {
      Interaction: 600,
      Session: 86_400,
      Grant: 86_400,
      AccessToken: 3600,
      IdToken: 3600,
      RefreshToken: 86_400,
    },
    interactions: {
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    async findAccount(_ctx, sub) {
      const user = users[sub];
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: user.email,
          email_verified: true,
          name: user.name ?? sub,
          preferred_username: sub,
        }),
      };
    },
    // Backstage keeps the session by refreshing with the provider's refresh token, and asks for
    // openid profile email only (no offline_access).
    issueRefreshToken: async (_ctx, client) =>
      client.grantTypeAllowed('refresh_token'),
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const grantId =
        oidc.result?.consent?.grantId ||
        oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({
        clientId: oidc.client.clientId,
        accountId: oidc.session.accountId,
      });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', (_ctx, error) =>
    console.error('loopback-oidc-provider:', error),
  );

  const oidcHandler = provider.callback();
  server.on('request', (req, res) => {
    const match = /^\/interaction\/([^/?]+)(\/login)?/.exec(req.url ?? '');
    if (!match) {
      oidcHandler(req, res);
      return;
    }
    interaction(provider, users, req, res, Boolean(match[2])).catch(error => {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(String(error?.message ?? error));
    });
  });

  return {
    issuer,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function interaction(provider, users, req, res, submitted) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== 'login') {
    throw new Error(`unexpected prompt ${details.prompt.name}`);
  }
  if (!submitted) {
    loginPage(res, details.uid);
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  const login = form.get('login') ?? '';
  const user = Object.hasOwn(users, login) ? users[login] : undefined;
  if (!user || !safeEqual(user.password, form.get('password') ?? '')) {
    loginPage(res, details.uid, 'Wrong login name or password.');
    return;
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: login } },
    { mergeWithLastSubmission: false },
  );
}

function loginPage(res, uid, error) {
  res.statusCode = error ? 401 : 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(`<!doctype html>
<html><head><title>Loopback OpenID provider</title></head><body>
<h1>Sign in</h1>
${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${encodeURIComponent(uid)}/login">
  <label>Login <input name="login" autocomplete="username" required></label>
  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">Sign in</button>
</form>
</body></html>`);
}

function safeEqual(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

async function readBody(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('form too large');
  }
  return body;
}

/**
 * Signs in to a Backstage backend through its `oidc` provider as a browser's popup would: the
 * backend's /start, the provider's login form, the backend's /handler/frame, then /refresh with the
 * session cookie. Returns the Backstage identity /refresh answers with.
 */
export async function signInThroughOidc({
  backendUrl,
  login,
  password,
  env = 'production',
}) {
  const jar = new CookieJar();
  const go = async (url, init = {}) => {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: jar.header(url) },
    });
    jar.store(url, res);
    res.finalUrl = url;
    return res;
  };
  const follow = async res => {
    let current = res;
    while (current.status >= 300 && current.status < 400) {
      current = await go(
        new URL(current.headers.get('location'), current.finalUrl).href,
      );
    }
    return current;
  };

  const auth = `${backendUrl}/api/auth/oidc`;
  const loginPageRes = await follow(
    await go(`${auth}/start?env=${encodeURIComponent(env)}`),
  );
  const html = await loginPageRes.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) {
    throw new Error(
      `expected the provider's login form, got ${
        loginPageRes.status
      }: ${html.slice(0, 300)}`,
    );
  }
  const frame = await follow(
    await go(new URL(action, loginPageRes.finalUrl).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login, password }).toString(),
    }),
  );
  const frameHtml = await frame.text();
  if (!frame.finalUrl.startsWith(`${auth}/handler/frame`)) {
    throw new Error(
      `sign-in as ${login} did not return to the backend: ${
        frame.status
      } ${frameHtml.slice(0, 300)}`,
    );
  }
  const refresh = await go(`${auth}/refresh?env=${encodeURIComponent(env)}`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!refresh.ok) {
    throw new Error(
      `refresh after sign-in as ${login}: ${
        refresh.status
      } ${await refresh.text()}`,
    );
  }
  return (await refresh.json()).backstageIdentity;
}

/** Cookies by host, path ignored: enough for one backend and one provider on loopback. */
class CookieJar {
  #byHost = new Map();

  header(url) {
    const cookies = this.#byHost.get(new URL(url).host) ?? new Map();
    return [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  store(url, res) {
    const host = new URL(url).host;
    const cookies = this.#byHost.get(host) ?? new Map();
    this.#byHost.set(host, cookies);
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const expired = attributes.some(a =>
        /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a),
      );
      if (expired) cookies.delete(name);
      else cookies.set(name, pair.slice(eq + 1).trim());
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const { issuer, close } = await startLoopbackOidcProvider(options);
  console.log(JSON.stringify({ issuer }));
  process.once('SIGTERM', () => close().then(() => process.exit(0)));
}
