import { Softphone } from './Softphone';

/** A server component: the kit runs in the client component it renders. */
export default function Page() {
  return (
    <main>
      <h1>Agent desk</h1>
      <Softphone />
    </main>
  );
}
