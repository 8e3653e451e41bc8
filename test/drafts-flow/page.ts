// A host page as a portal has it, for the reload and closed-tab tests: a non-resident form and
// the document uploader writing one draft (database and draft id from the query string).
import '../../src/components/nonresident-form/define.js';
import '../../src/components/document-uploader/define.js';

const query = new URL(location.href).searchParams;
const db = query.get('db')!;
const id = query.get('id');
const form = document.createElement('tirkeu-nonresident-form');
const uploader = document.createElement('tirkeu-document-uploader');
uploader.registrant = 'non-resident';
for (const el of [form, uploader]) {
  el.drafts = db;
  if (id) el.draftId = id;
  document.body.append(el);
}
(window as unknown as { ready: Promise<unknown> }).ready = Promise.all([form.updateComplete, uploader.updateComplete]);
