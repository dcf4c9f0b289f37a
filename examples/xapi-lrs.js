// Forwards every learner-xapi statement to the LRS behind /lrs/, and lists what happened to each.
const log = document.getElementById('xapi-log');

document.addEventListener('learner-xapi', async (event) => {
  const statement = event.detail;
  const item = document.createElement('li');
  const what = `${statement.verb.display['en-US']} ${statement.object.definition.name['en-US']}`;
  item.textContent = `${what}: sending…`;
  log.append(item);
  try {
    const response = await fetch('/lrs/xAPI/statements', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
      body: JSON.stringify(statement),
    });
    item.textContent = response.ok
      ? `${what}: stored (${response.status})`
      : `${what}: not stored (${response.status} ${await response.text()})`;
  } catch (error) {
    item.textContent = `${what}: not sent (${error.message})`;
  }
});

document.getElementById('xapi-profile').data = await (await fetch('/samples/malik.profile.json')).json();
document.getElementById('xapi-progress').data = await (await fetch('/samples/ana.progress.json')).json();
const board = await (await fetch('/samples/choice-tic-tac-toe.json')).json();
document.getElementById('xapi-choice').data = board;
document.getElementById('xapi-choice-teacher').data = board;
