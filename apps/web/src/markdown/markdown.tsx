import { Fragment, type ReactNode, useMemo } from 'react';
import { CodeBlock } from './code-block.tsx';
import { type Block, type Inline, parseInline, parseMarkdown } from './parse-markdown.ts';

export interface MarkdownProps {
  source: string;
  /** Python code blocks get a "Load into editor" button. */
  onLoadCode?: (code: string) => void;
  /** Markdown `#` becomes `<h{1 + headingOffset}>`. */
  headingOffset?: number;
  className?: string;
}

/** Renders Markdown as React elements: safe by construction, raw HTML is shown as text. */
export function Markdown({ source, onLoadCode, headingOffset = 2, className }: MarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      {renderBlocks(blocks, { onLoadCode, headingOffset })}
    </div>
  );
}

/** One line of inline Markdown, without a paragraph around it. */
export function InlineMarkdown({ source }: { source: string }) {
  const inline = useMemo(() => parseInline(source), [source]);
  return <>{renderInline(inline)}</>;
}

interface Options {
  onLoadCode?: ((code: string) => void) | undefined;
  headingOffset: number;
}

// Markdown has no ids: a block or span is its position, and the source re-renders as a whole.
function renderBlocks(blocks: Block[], options: Options): ReactNode[] {
  // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional
  return blocks.map((block, index) => <Fragment key={index}>{renderBlock(block, options)}</Fragment>);
}

function renderBlock(block: Block, options: Options): ReactNode {
  switch (block.type) {
    case 'code':
      return <CodeBlock code={block.text} lang={block.lang} onLoad={options.onLoadCode} />;
    case 'heading': {
      const Tag = `h${Math.min(6, block.level + options.headingOffset)}` as 'h3';
      return <Tag>{renderInline(parseInline(block.text))}</Tag>;
    }
    case 'list': {
      const items = block.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items are positional
        <li key={index}>{renderInline(parseInline(item))}</li>
      ));
      return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'quote':
      return <blockquote>{renderBlocks(block.blocks, options)}</blockquote>;
    case 'hr':
      return <hr />;
    default:
      return <p>{renderInline(parseInline(block.text))}</p>;
  }
}

function renderInline(nodes: Inline[]): ReactNode[] {
  // biome-ignore lint/suspicious/noArrayIndexKey: spans are positional
  return nodes.map((node, index) => <Fragment key={index}>{renderSpan(node)}</Fragment>);
}

function renderSpan(node: Inline): ReactNode {
  switch (node.type) {
    case 'code':
      return <code>{node.text}</code>;
    case 'strong':
      return <strong>{renderInline(node.children)}</strong>;
    case 'em':
      return <em>{renderInline(node.children)}</em>;
    case 'link': {
      const external = /^https?:/i.test(node.href);
      return (
        <a href={node.href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {renderInline(node.children)}
        </a>
      );
    }
    default:
      return node.text;
  }
}
