export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2">
        There is no page at this address. <a href="/">See all stories</a>.
      </p>
    </>
  );
}
