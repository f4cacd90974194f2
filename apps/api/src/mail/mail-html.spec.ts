import { mailHtml } from './mail-html';

describe('mailHtml', () => {
  it('sets the language of the mail, escapes text and makes a lone link a link', () => {
    const html = mailHtml('Hola <tú>', 'Hola, Robin:\n\nAbre tu enlace:\nhttps://care.example.org/i/a', 'es');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<title>Hola &lt;tú&gt;</title>');
    expect(html).toContain('<a href="https://care.example.org/i/a"');
    expect(mailHtml('Hi', 'Hello')).toContain('<html lang="en">');
  });
});
