// Home page: every meeting, newest first, linking to its data file.
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const data = { permalink: 'index.html' };

export function render({ minutebook }) {
  const rows = minutebook.meetings
    .map(
      (m) => `<li><time datetime="${escape(m.start)}">${escape(m.start.slice(0, 10))}</time> ` +
        `<a href="data/${escape(m.data)}">${escape(m.title)}</a> <span>(${escape(m.series)}, ${m.topics} topics, ${m.actions} actions, ${m.people} people${m.ended ? '' : ', never ended'})</span></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Meetings</title></head>
<body>
<main>
<h1>Meetings</h1>
<p>${minutebook.meetings.length} meetings.</p>
<ul>
${rows}
</ul>
</main>
</body>
</html>
`;
}
