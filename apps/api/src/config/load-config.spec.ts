import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('applies defaults: port 3000, embedded engine with demo data, localhost public URL', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demoData).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.secureCookies).toBe(false);
    expect(config.dataDir).toBe('/srv/app/.data');
    expect(config.logLevel).toBe('info');
  });

  it('turns demo data off by default when DATABASE_URL is set, and secure cookies on for https', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/trp',
      PUBLIC_URL: 'https://care.example.org/',
      PORT: '8080',
    });
    expect(config.demoData).toBe(false);
    expect(config.port).toBe(8080);
    expect(config.publicUrl).toBe('https://care.example.org');
    expect(config.secureCookies).toBe(true);
  });

  it('accepts DEMO_DATA spelled as true/false/1/0', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db', DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: '0' }).demoData).toBe(false);
  });

  it('names every bad setting in one error', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', DEMO_DATA: 'maybe', PUBLIC_URL: 'ftp://x' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: must be a whole number/m);
    expect(problems).toMatch(/^DATABASE_URL: must be a PostgreSQL URL/m);
    expect(problems).toMatch(/^LOG_LEVEL: must be one of/m);
    expect(problems).toMatch(/^DEMO_DATA: must be true or false/m);
    expect(problems).toMatch(/^PUBLIC_URL: must be an http\(s\) URL/m);
  });

  it('trusts no proxy by default, even in production, and reads TRUST_PROXY as hops or addresses', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, ::1' }).trustProxy).toEqual(['10.0.0.0/8', '::1']);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please', PORT: 'x' })).toThrow(/TRUST_PROXY: must be a hop count[\s\S]*PORT:|PORT:[\s\S]*TRUST_PROXY: must be a hop count/);
  });

  it('listens on this machine only with the embedded engine and its demo data, everywhere otherwise, or on HOST', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ DEMO_DATA: 'false' }).host).toBe('0.0.0.0');
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(() => loadConfig({ HOST: 'every where' })).toThrow(/HOST: must be an IP address/);
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be a whole number from 1 to 65535/);
  });

  it('decodes MFA_ENCRYPTION_KEY into 32 bytes and refuses anything else', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ MFA_ENCRYPTION_KEY: key }).mfaEncryptionKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({}).mfaEncryptionKey).toBeUndefined();
    expect(() => loadConfig({ MFA_ENCRYPTION_KEY: 'short' })).toThrow(/MFA_ENCRYPTION_KEY: must be 32 random bytes/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
  });
});
