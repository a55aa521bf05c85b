import { Anchor, List, Text } from '@mantine/core';
import { Fragment } from 'react';
import { parseLightMarkdown, type Inline } from './light-markdown';

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === 'bold') return <strong key={index}>{part.text}</strong>;
        if (part.kind === 'italic') return <em key={index}>{part.text}</em>;
        if (part.kind === 'link') return <Anchor key={index} href={part.href} target="_blank" rel="noopener noreferrer nofollow">{part.text}</Anchor>;
        return <Fragment key={index}>{part.text}</Fragment>;
      })}
    </>
  );
}

/** Renders a log entry's light Markdown as React elements: no HTML from the text ever reaches the page. */
export function LightMarkdown({ source }: { source: string }) {
  return (
    <>
      {parseLightMarkdown(source).map((block, index) =>
        block.kind === 'paragraph' ? (
          <Text key={index} size="sm" mb="xs">
            {block.lines.map((line, i) => (
              <Fragment key={i}>
                {i > 0 && <br />}
                <InlineText parts={line} />
              </Fragment>
            ))}
          </Text>
        ) : (
          <List key={index} type={block.ordered ? 'ordered' : 'unordered'} size="sm" mb="xs">
            {block.items.map((item, i) => (
              <List.Item key={i}><InlineText parts={item} /></List.Item>
            ))}
          </List>
        ),
      )}
    </>
  );
}
