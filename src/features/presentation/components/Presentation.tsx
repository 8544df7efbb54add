import { ChartHeading } from '../../../components/charts/ChartFrame';
import { useEffect, useState } from 'react';
import { formatPeriod, formatSourceLine } from '../../../lib/format';
import type { Indicator, PeriodSummary, Report } from '../../../lib/report-schema';
import { useSearchParams } from '../../../lib/url-state';
import { enterFullscreen, leaveFullscreen, toggleFullscreen } from '../hooks/fullscreen';
import { useIdle } from '../hooks/useIdle';
import { usePresenterKeys } from '../hooks/usePresenterKeys';
import { useTypedSlideNumber } from '../hooks/useTypedSlideNumber';
import type { BlankColour } from '../keys';
import { leavePresentation, resolveInterval, resolveSlide } from '../present-url';
import { buildDeck, matchingSlide, provisionalDeck } from '../slides';
import { AutoAdvance } from './AutoAdvance';
import { BlankScreen } from './BlankScreen';
import { Controls } from './Controls';
import { preloadSlideCharts, SlideBody } from './SlideBody';
import { t } from '../../../lib/messages';
import { wantReportHistory } from '../../../lib/report-queries';
import { Icon } from '../../../components/Icon';
import { DocumentTitle } from '../../../components/DocumentTitle';

type Props = {
  periods: PeriodSummary[];
  reports: Report[];
  report: Report;
  indicators: Indicator[];
  /** What the dashboard would say about the URL's period (an unknown year). */
  notices: string[];
  /** The deck's length while the reports beside `report` still load (a prerendered first slide). */
  length?: number;
};

const idleAfter = 3000;

/** The slides of one period, driven by keys, clicker, mouse and an optional timer. */
export function Presentation({ periods, reports, report, indicators, notices, length }: Props) {
  const [params, setParams] = useSearchParams();
  const deck =
    length === undefined ? buildDeck(report, reports, indicators) : provisionalDeck(report, indicators, length);
  const { slides } = deck;
  const count = slides.length;
  const slideChoice = resolveSlide(params.get('slide'), count);
  const intervalChoice = resolveInterval(params.get('interval'));
  const position = slideChoice.index;
  const slide = slides[position]!;
  const interval = intervalChoice.seconds;

  const [blank, setBlank] = useState<BlankColour | null>(null);
  const [paused, setPaused] = useState(false);
  const [typedNotice, setTypedNotice] = useState<string | null>(null);
  const idle = useIdle(idleAfter);
  // The slide the page opens on shows at once, as it was painted: a fade would hold its figures back.
  // The slides that follow fade in.
  const slideKey = `${report.source.id}-${slide.id}`;
  const [openedOn, setOpenedOn] = useState<string | null>(slideKey);
  if (openedOn !== null && openedOn !== slideKey) setOpenedOn(null);
  // The charts' code loads once the deck moves on (the first slide draws none), not while the
  // presenter may be about to press a key: its evaluation is a long task on a slow laptop. A failed
  // load shows on the slide that needs it. The other reports, if still to come, are wanted now too.
  const movedOn = position > 0;
  useEffect(() => {
    if (!movedOn) return;
    void preloadSlideCharts().catch(() => undefined);
    wantReportHistory();
  }, [movedOn]);

  const go = (target: number) => {
    const next = Math.min(Math.max(target, 0), count - 1);
    setTypedNotice(null);
    setParams({ slide: String(next + 1) }, { replace: true });
  };
  const next = () => go(position + 1);
  const previous = () => go(position - 1);
  const advance = () => go(position + 1 >= count ? 0 : position + 1);

  const choosePeriod = (reportId: string) => {
    // A report still loading opens on its first slide: which slide matches is not known yet.
    const target = reports.find((candidate) => candidate.source.id === reportId);
    const place =
      target && length === undefined
        ? matchingSlide(slide, position, buildDeck(target, reports, indicators).slides)
        : 0;
    setParams({ period: reportId, year: null, slide: String(place + 1) }, { replace: true });
  };
  const nextPeriod = () => {
    const at = periods.findIndex((period) => period.reportId === report.source.id);
    const following = periods[(at + 1) % periods.length];
    if (following) choosePeriod(following.reportId);
  };
  const chooseInterval = (seconds: number | null) => {
    setPaused(false);
    setParams({ interval: seconds === null ? null : String(seconds) }, { replace: true });
  };
  const exit = () => {
    leaveFullscreen();
    setParams(leavePresentation);
  };

  const typing = useTypedSlideNumber(count, (number) => {
    if (number >= 1 && number <= count) go(number - 1);
    else setTypedNotice(t('present.noSuchSlide', { digits: String(number), count }));
  });

  usePresenterKeys({
    blanked: blank !== null,
    onUnblank: () => setBlank(null),
    onAction: (action) => {
      if (action.type !== 'digit' && action.type !== 'enter') typing.cancel();
      switch (action.type) {
        case 'next':
          return next();
        case 'previous':
          return previous();
        case 'first':
          return go(0);
        case 'last':
          return go(count - 1);
        case 'digit':
          return typing.type(action.digit);
        case 'enter':
          if (!typing.enter()) next();
          return;
        case 'fullscreen':
          return toggleFullscreen();
        case 'start':
          return enterFullscreen();
        case 'exit':
          return exit();
        case 'blank':
          return setBlank(action.colour);
        case 'pause':
          return setPaused((value) => !value);
        case 'period':
          return nextPeriod();
      }
    },
  });

  const shownNotices = [...notices, slideChoice.notice, intervalChoice.notice, typedNotice].filter(
    (notice): notice is string => notice !== null,
  );
  const label = t('present.pageLabel', { position: position + 1, count, title: slide.title });
  return (
    <main className={`present${idle ? ' present--idle' : ''}`} data-slide={slide.id}>
      <DocumentTitle view={`${t('present.button')} · ${formatPeriod(report.period)}`} />
      <header className="present__top">
        <h1 className="present__title">{slide.title}</h1>
        <p className="present__where">
          <span>{formatPeriod(report.period)}</span>
          <span className="present__count">{t('present.page', { position: position + 1, count })}</span>
          {interval !== null && paused && (
            <span className="present__paused">
              <Icon name="pause" /> {t('present.paused')}
            </span>
          )}
          {typing.typed && <span className="present__typed">{t('present.typing', { typed: typing.typed })}</span>}
        </p>
      </header>
      {shownNotices.map((notice) => (
        <p key={notice} className="present__notice" role="status">
          <Icon name="info" /> {notice}
        </p>
      ))}
      <section
        key={slideKey}
        className={`present__slide present__slide--${slide.kind}${openedOn === null ? ' present__slide--arrived' : ''}`}
        aria-roledescription={t('present.roleDescription')}
        aria-label={label}
      >
        <ChartHeading.Provider value="h2">
          <SlideBody slide={slide} deck={deck} />
        </ChartHeading.Provider>
      </section>
      {slide.reports.length > 0 && <p className="present__source">{formatSourceLine(slide.reports)}</p>}
      <p className="visually-hidden" aria-live="polite">
        {label}
      </p>
      {interval !== null && (
        <AutoAdvance
          key={`${report.source.id}-${position}-${interval}`}
          seconds={interval}
          running={!paused && blank === null}
          onDone={advance}
        />
      )}
      <Controls
        position={position}
        count={count}
        periods={periods}
        reportId={report.source.id}
        interval={interval}
        paused={paused}
        onPrevious={previous}
        onNext={next}
        onPeriod={choosePeriod}
        onInterval={chooseInterval}
        onPause={() => setPaused((value) => !value)}
        onFullscreen={toggleFullscreen}
        onExit={exit}
      />
      {blank && <BlankScreen colour={blank} onDismiss={() => setBlank(null)} />}
    </main>
  );
}
