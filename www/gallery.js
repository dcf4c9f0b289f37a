// The gallery's host page: gives widgets their data the way a host does (the `data` property),
// listens for what learners change, and builds a class of 150 learners to show the class view.
// The widgets' language, as a host page in Spanish or Arabic sets it: `lang` on each widget (the
// gallery's own text stays English), kept in the address (`?lang=ar`) so a view can be shared.
const languages = document.getElementById('gallery-lang');
const speak = (lang) => {
  for (const widget of document.querySelectorAll('learner-profile, learner-progress, learner-choice-board')) {
    if (lang === 'en') widget.removeAttribute('lang');
    else widget.setAttribute('lang', lang);
  }
};
const asked = new URLSearchParams(location.search).get('lang');
if ([...languages.options].some((o) => o.value === asked)) {
  languages.value = asked;
  speak(asked);
}
languages.addEventListener('change', () => {
  speak(languages.value);
  const url = new URL(location.href);
  if (languages.value === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', languages.value);
  history.replaceState(null, '', url);
});

const sample = async (name) => (await fetch(new URL(`samples/${name}`, import.meta.url))).json();

const malik = await sample('malik.profile.json');
document.getElementById('profile-malik').data = malik;

const self = document.getElementById('profile-self');
self.data = await sample('ana.profile.json');
self.addEventListener('learner-change', (event) => {
  const { change } = event.detail;
  const what = change.type === 'self-rating' ? `rated ${change.value}` : `note "${change.note}"`;
  document.getElementById('self-last-change').textContent = `${change.dimension}: ${what}`;
});

document.getElementById('profile-class').data = classRoster(150, malik);

const anaProgress = await sample('ana.progress.json');
document.getElementById('progress-ana').data = anaProgress;
document.getElementById('progress-class').data = await sample('6b.progress-class.json');
const ticTacToe = await sample('choice-tic-tac-toe.json');
document.getElementById('choice-learner').data = ticTacToe;
document.getElementById('choice-teacher').data = ticTacToe;
const teacher = document.getElementById('progress-teacher');
teacher.data = anaProgress;
teacher.addEventListener('learner-change', (event) => {
  const { change } = event.detail;
  const mastered = change.masteredNow ? ', now mastered' : '';
  document.getElementById('teacher-last-change').textContent = change.type === 'override'
    ? `${change.competency} set to ${change.level}${mastered}`
    : `${change.competency}: ${change.score} from ${change.source}${mastered}`;
});

// A CASE package becomes a framework; a learner with no evidence yet starts on it.
const { importCase } = await import('/dist/learner-widgets.js');
const caseText = await (await fetch(new URL('samples/what-standards-could-be.case.json', import.meta.url))).text();
const imported = await importCase(caseText);
document.getElementById('case-notes').textContent =
  `Imported ${imported.framework.competencies.length} competencies. ${imported.notes.join(' ')}`;
document.getElementById('progress-case').data = {
  schema: 'learner-progress/1',
  learner: { id: 's-2217', name: 'Malik Okafor' },
  framework: imported.framework,
};

/** A class of `size` learners on the sample's dimensions, each jagged in their own way. */
function classRoster(size, template) {
  const first = ['Ana', 'Malik', 'Lea', 'Sam', 'Noor', 'Kai', 'Ines', 'Tomás', 'Aiyana', 'Jun',
    'Zara', 'Omar', 'Mia', 'Luca', 'Amara', 'Yusuf', 'Elif', 'Ravi', 'Sofia', 'Theo'];
  const last = ['García', 'Okafor', 'Nguyen', 'Smith', 'Haddad', 'Kowalski', 'Silva', 'Tanaka',
    'Begay', 'Ivanova', 'Mensah', 'Dubois'];
  let seed = 20261123;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const profiles = Array.from({ length: size }, (_, i) => ({
    schema: 'learner-profile/1',
    learner: { id: `c-${i + 1}`, name: `${first[i % first.length]} ${last[(i * 7) % last.length]} ${i + 1}` },
    scale: template.scale,
    dimensions: template.dimensions.map((d) => ({
      id: d.id, label: d.label, group: d.group, value: Math.round(10 + random() * 85),
    })),
  }));
  return { schema: 'learner-roster/1', title: 'Year 7 Blue', profiles };
}
