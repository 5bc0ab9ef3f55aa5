// Placeholder until the pane shell lands.
export function App() {
  return <main>Minutebook</main>;
}
