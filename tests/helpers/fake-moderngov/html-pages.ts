import { COUNCIL } from './coventry';
import { escapeHtml } from './paper-format';

/** The HTML pages around the web service: what a person (or a site check) sees. */

function page(heading: string, body: string, head = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(heading)}</title>
${head}</head>
<body>
<h1>${escapeHtml(heading)}</h1>
${body}
</body>
</html>
`;
}

export function homePage(): string {
  return page(
    `${COUNCIL} - Committee meetings`,
    `<ul class="mgActionList">
<li><a href="mgListCommittees.aspx">Committee structure</a></li>
<li><a href="mgCalendarMonthView.aspx">Calendar</a></li>
<li><a href="mgWebService.asmx">Web service</a></li>
</ul>
<p class="mgFooter">Powered by <a href="https://www.moderngov.co.uk">modern.gov</a></p>`,
    '<meta name="Generator" content="modern.gov">\n<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">\n',
  );
}

/** /mgWebService.asmx itself: ASP.NET's list of operations. */
export function serviceHelpPage(): string {
  const operations = ['GetAttachment', 'GetCommittees', 'GetCouncillorsByWard', 'GetMeeting', 'GetMeetings'];
  return page(
    'mgWebService Web Service',
    `<p>The following operations are supported.</p>\n<ul>\n${operations
      .map((op) => `<li><a href="mgWebService.asmx?op=${op}">${op}</a></li>`)
      .join('\n')}\n</ul>`,
  );
}

export function errorPage(): string {
  return page(
    'Error',
    '<div class="mgError"><p>An error has occurred. The page you requested could not be displayed.</p><p>Please try again later.</p></div>',
  );
}

export function forbiddenPage(): string {
  return page(
    '403 - Forbidden: Access is denied.',
    '<p>You do not have permission to view this directory or page.</p>',
  );
}

export function serverErrorPage(): string {
  return page(
    "Server Error in '/' Application.",
    '<h2><i>Runtime Error</i></h2><p>An application error occurred on the server.</p>',
  );
}

/** What a captive portal or single sign-on page answers in place of the file asked for. */
export function signInPage(): string {
  return page(
    'Sign in',
    '<form method="post" action="/login"><input name="user"><input type="password" name="pw"></form>',
  );
}

export function notFoundPage(): string {
  return page('404 - File or directory not found.', '<p>The resource you are looking for might have been removed.</p>');
}

export function ordinaryCouncilPage(): string {
  return page('Anytown Borough Council', '<p>Bins, council tax, planning and more.</p>');
}
