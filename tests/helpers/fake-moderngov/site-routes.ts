import { html, reply, type Reply } from './http-answers';
import { errorPage, homePage, notFoundPage, serviceHelpPage } from './html-pages';
import { paperPdf } from './render-pdf';
import type { Incoming } from './server';
import type { SiteState } from './site-state';
import type { FakeDoc } from './types';
import { getAttachment, getCommittees, getMeeting, getMeetings, type Answer } from './web-service';

const fromAnswer = (a: Answer): Reply => reply(a.status, a.type, a.body);

export function docPdf(doc: FakeDoc): Promise<Buffer> {
  return paperPdf(doc.title, doc.text, doc.publicationDate);
}

/** A paper as IIS serves it: application/pdf, a length, byte ranges, and no ETag or Last-Modified. */
async function pdfReply(doc: FakeDoc): Promise<Reply> {
  return reply(200, 'application/pdf', await docPdf(doc), { 'Accept-Ranges': 'bytes' });
}

/** What the fake ModernGov site answers when it is behaving. Paths are matched case-insensitively, as IIS does. */
export async function siteAnswer(site: SiteState, incoming: Incoming, base: string): Promise<Reply> {
  const { path, args } = incoming;
  const lower = path.toLowerCase();
  if (lower === '/' || lower === '/default.aspx') return html(200, homePage());
  if (lower === '/mgerror.aspx') return html(200, errorPage());
  if (lower === '/mgwebservice.asmx') {
    if ('wsdl' in args)
      return reply(
        200,
        'text/xml; charset=utf-8',
        '<?xml version="1.0" encoding="utf-8"?>\n<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="http://moderngov.co.uk/namespaces"/>\n',
      );
    return html(200, serviceHelpPage());
  }
  const operation = /^\/mgwebservice\.asmx\/(\w+)$/.exec(lower)?.[1];
  if (operation) {
    switch (operation) {
      case 'getcommittees':
        return fromAnswer(getCommittees(site));
      case 'getmeetings':
        return fromAnswer(getMeetings(site, args));
      case 'getmeeting':
        return fromAnswer(getMeeting(site, args, base));
      case 'getattachment':
        return fromAnswer(getAttachment(site, args, base));
      default:
        return reply(
          500,
          'text/plain; charset=utf-8',
          `Request format is unrecognized for URL unexpectedly ending in '/${operation}'.`,
        );
    }
  }
  if (lower === '/mgconvert2pdf.aspx') {
    const doc = site.doc(Number(args.id));
    return doc ? pdfReply(doc) : html(200, errorPage());
  }
  if (/^\/documents\/[sg]\d+\//.test(lower)) {
    const doc = site.docs().find((d) => d.path.toLowerCase() === lower);
    if (doc) return pdfReply(doc);
  }
  return html(404, notFoundPage());
}
