import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { MailService } from './mail.service';

describe('MailService without SMTP', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs the masked recipient and the subject only, never the address or the body with its link', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const mail = new MailService({ smtpUrl: undefined, mailFrom: 'Practice <no-reply@example.org>' } as AppConfig);
    expect(mail.delivers).toBe(false);
    await mail.send({ to: 'sam@example.org', subject: 'Your private link', text: 'Open https://x.example/i/SECRET-TOKEN' });
    const logged = log.mock.calls.map((call) => JSON.stringify(call)).join('\n');
    expect(logged).toContain('mail to s…@example.org: Your private link');
    expect(logged).not.toContain('sam@example.org');
    expect(logged).not.toContain('SECRET-TOKEN');
  });
});
