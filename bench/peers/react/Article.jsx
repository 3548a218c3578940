// The article model as React components, in the viewer's elements and classes (src/view/), so
// the viewer's stylesheet applies. Markdown arrives as sanitised HTML (marked + DOMPurify).
import { Fragment, useLayoutEffect, useRef } from 'react';
import { OPENING_BLOCKS } from '../shared/article.js';
import { WORDS, nameSeparators } from '../shared/words.js';

const Html = ({ as: Tag = 'span', html, ...props }) => <Tag {...props} dangerouslySetInnerHTML={{ __html: html }} />;
const Time = ({ date }) => <time dateTime={date.iso}>{date.text}</time>;

export function Article({ article: a }) {
  const body = useRef(null);
  // The opening blocks marked as the viewer marks them (see OPENING_BLOCKS), before the first paint.
  useLayoutEffect(() => {
    for (const opening of [...body.current.children].slice(0, OPENING_BLOCKS)) opening.setAttribute('data-opening', '');
  }, [a]);
  return (
    <div className="av-viewer">
      <article className="av-article" part="article" lang={a.lang} dir={a.dir} data-article-id={a.id}>
        <Header a={a} />
        {a.lead && (
          <div className="av-lead" part="lead">
            {a.lead.type === 'image' ? <ImageFigure image={a.lead.image} eager /> : <VideoFigure video={a.lead.video} />}
          </div>
        )}
        <div className="av-body" part="body" ref={body}>
          {a.body.map((block, index) => <Block key={index} block={block} index={index} />)}
        </div>
        <footer className="av-footer" part="footer">
          <Tags tags={a.tags} />
          <Related related={a.related} />
        </footer>
      </article>
    </div>
  );
}

function Header({ a }) {
  const separators = nameSeparators(a.byline.length);
  return (
    <header className="av-header" part="header">
      {a.kicker && <p className="av-kicker" part="kicker">{a.kicker}</p>}
      <h1 className="av-headline" part="headline" tabIndex={-1}>{a.headline}</h1>
      {a.standfirst !== undefined && <Html as="p" className="av-standfirst" part="standfirst" html={a.standfirst} />}
      <div className="av-meta" part="meta">
        {a.byline.length > 0 && (
          <p className="av-byline">
            {a.byline.filter((p) => p.image).map((p, i) => (
              <img key={i} className="av-portrait" src={p.image} alt="" width={48} height={48} decoding="async" />
            ))}
            {`${WORDS.by} `}
            {a.byline.map((p, i) => (
              <Fragment key={i}>{i > 0 && separators[i - 1]}<Person p={p} /></Fragment>
            ))}
          </p>
        )}
        {a.source && <Source s={a.source} />}
        <p className="av-when">
          {a.dateline && <span className="av-dateline">{a.dateline}</span>}
          {a.published && <span className="av-published"><Time date={a.published} /></span>}
          {a.updated && <span className="av-updated">{`${WORDS.updated} `}<Time date={a.updated} /></span>}
          <span className="av-reading-time">{WORDS.readingTime(a.readingMinutes)}</span>
        </p>
      </div>
    </header>
  );
}

const Person = ({ p }) => (
  <span className="av-person">
    <span className="av-name">{p.url ? <a rel="author" href={p.url}>{p.name}</a> : p.name}</span>
    {p.role && <>{WORDS.listSeparator}<span className="av-role">{p.role}</span></>}
  </span>
);

function Source({ s }) {
  const name = (
    <>
      {s.logo && <img className="av-source-logo" src={s.logo.src} alt="" width={s.logo.width} height={s.logo.height} decoding="async" />}
      <span className="av-source-name">{s.name}</span>
    </>
  );
  return <p className="av-source">{s.url ? <a href={s.url}>{name}</a> : name}</p>;
}

function ImageElement({ image, eager }) {
  const img = (
    <img src={image.src} alt={image.alt} width={image.width} height={image.height} sizes={image.sizes} srcSet={image.srcset}
      loading={eager ? undefined : 'lazy'} fetchPriority={eager ? 'high' : undefined} decoding="async" />
  );
  return image.link ? <a href={image.link}>{img}</a> : img;
}

function Caption({ caption, credit, prefix }) {
  if (caption === undefined && credit === undefined) return null;
  return (
    <figcaption>
      {caption !== undefined && <Html className="av-caption" html={caption} />}
      {caption !== undefined && credit !== undefined && ' '}
      {credit !== undefined && <span className="av-credit">{`${prefix} ${credit}`}</span>}
    </figcaption>
  );
}

const ImageFigure = ({ image, eager = false }) => (
  <figure className={`av-figure av-image av-layout-${image.layout}`}>
    <ImageElement image={image} eager={eager} />
    <Caption caption={image.caption} credit={image.credit} prefix={WORDS.imageCredit} />
  </figure>
);

const VideoFigure = ({ video }) => (
  <figure className="av-figure av-video av-layout-wide">
    <video src={video.src} poster={video.poster} width={video.width} height={video.height} controls preload="metadata" playsInline>
      {WORDS.videoUnsupported}
    </video>
    <Caption caption={video.caption} credit={video.credit} prefix={WORDS.videoCredit} />
  </figure>
);

function StoryCard({ link, inList }) {
  const Headline = inList ? 'h3' : 'p';
  return (
    <div className="av-story">
      {link.image && <img className="av-story-image" src={link.image.src} alt="" width={link.image.width} height={link.image.height} loading="lazy" decoding="async" />}
      <div className="av-story-text">
        {link.kicker && <p className="av-story-kicker">{link.kicker}</p>}
        <Headline className="av-story-headline"><a className="av-story-link" href={link.url}>{link.headline}</a></Headline>
        {link.standfirst !== undefined && <Html as="p" className="av-story-standfirst" html={link.standfirst} />}
        {link.published && <p className="av-story-date"><Time date={link.published} /></p>}
      </div>
    </div>
  );
}

function Block({ block: b, index }) {
  switch (b.type) {
    case 'text':
      return <Html as="div" className="av-text" html={b.html} />;
    case 'heading': {
      const Heading = `h${b.level}`;
      return <Heading className="av-heading" id={b.id}>{b.text}</Heading>;
    }
    case 'image':
      return <ImageFigure image={b.image} />;
    case 'gallery':
      return (
        <figure className="av-figure av-gallery av-layout-wide" role="group" aria-label={WORDS.gallery}>
          <ul className="av-gallery-items">
            {b.images.map((image, i) => (
              <li key={i}>
                <figure className="av-figure">
                  <ImageElement image={image} />
                  <Caption caption={image.caption} credit={image.credit} prefix={WORDS.imageCredit} />
                </figure>
              </li>
            ))}
          </ul>
          <Caption caption={b.caption} prefix="" />
        </figure>
      );
    case 'pullquote':
      return (
        <aside className="av-pullquote" aria-label={WORDS.pullQuote}>
          <figure>
            <blockquote><Html as="p" html={b.html} /></blockquote>
            {b.attribution && <figcaption>{b.attribution}</figcaption>}
          </figure>
        </aside>
      );
    case 'quote':
      return (
        <figure className="av-quote">
          <Html as="blockquote" cite={b.cite} html={b.html} />
          {b.attribution && <figcaption>{b.cite ? <a href={b.cite}>{b.attribution}</a> : b.attribution}</figcaption>}
        </figure>
      );
    case 'related':
      return <aside className="av-related-block" aria-label={WORDS.relatedStory}><StoryCard link={b.link} /></aside>;
    case 'aside': {
      const titleId = `av1-b${index}-title`;
      return (
        <aside className="av-aside" aria-labelledby={b.title && titleId}>
          {b.title && <h2 className="av-aside-title" id={titleId}>{b.title}</h2>}
          <Html as="div" html={b.html} />
        </aside>
      );
    }
    case 'video':
      return <VideoFigure video={b.video} />;
    case 'divider':
      return <hr className="av-divider" />;
    case 'embed':
      return (
        <figure className="av-figure av-embed" aria-label={WORDS.embed}>
          <p className="av-story-headline"><a href={b.url}>{b.title ?? b.host}</a></p>
          <p className="av-story-kicker">{b.host}</p>
          <Caption caption={b.caption} credit={b.credit} prefix="" />
        </figure>
      );
    default:
      return null;
  }
}

function Tags({ tags }) {
  if (!tags.length) return null;
  return (
    <nav className="av-tags" part="tags" aria-label={WORDS.tags}>
      <ul>{tags.map((tag, i) => <li key={i}>{tag.url ? <a rel="tag" href={tag.url}>{tag.name}</a> : tag.name}</li>)}</ul>
    </nav>
  );
}

function Related({ related }) {
  if (!related.length) return null;
  return (
    <nav className="av-related" part="related" aria-labelledby="av1-related-heading">
      <h2 id="av1-related-heading">{WORDS.relatedStories}</h2>
      <ul className="av-related-list">{related.map((link, i) => <li key={i}><StoryCard link={link} inList /></li>)}</ul>
    </nav>
  );
}
