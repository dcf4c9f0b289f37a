// A host app as an integrator writes it: the package's React entry (the loader, with JSX types for
// the elements), documents set as properties, and events heard through `on<event>` props.
import 'learner-widgets/react';
import { useState } from 'react';
import { board, profile, progress } from '../../documents';

export function App() {
  const [heard, setHeard] = useState<string[]>([]);
  const hear = (line: string) => setHeard((lines) => [...lines, line]);
  return (
    <main>
      <h1>React host app</h1>
      <learner-profile
        id="profile"
        mode="self"
        view="table"
        data={profile}
        onlearner-change={(event) => hear(`profile: ${event.detail.change.type} of ${event.detail.change.dimension}`)}
        onlearner-xapi={(event) => hear(`profile statement: ${event.detail.verb.display['en-US']}`)}
      />
      <learner-progress
        id="progress"
        mode="teacher"
        today="2026-09-20"
        data={progress}
        onlearner-change={(event) => {
          const { change } = event.detail;
          if (change.type === 'evidence-added') hear(`progress: evidence ${change.score} on ${change.competency}`);
        }}
      />
      <learner-choice-board
        id="board"
        data={board}
        onlearner-change={(event) => hear(`choice board: ${event.detail.change.type} ${event.detail.change.activity}`)}
        onlearner-error={(event) => hear(`choice board error: ${event.detail.code}`)}
      />
      <h2>Heard</h2>
      <ul aria-label="Heard">
        {heard.map((line, i) => <li key={i}>{line}</li>)}
      </ul>
    </main>
  );
}
