const OPEN = '\u0002';
const CLOSE = '\u0003';

/** A search snippet, with the matched words (between the OPEN and CLOSE markers) marked. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(OPEN).flatMap((chunk, i) => {
    if (i === 0) return [{ text: chunk, hit: false }];
    const [hit = '', rest = ''] = chunk.split(CLOSE);
    return [
      { text: hit, hit: true },
      { text: rest, hit: false },
    ];
  });
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="hit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
