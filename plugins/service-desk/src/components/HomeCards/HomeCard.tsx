import { InfoCard } from '@backstage/core-components';
import { ReactNode } from 'react';

/**
 * The frame of the desk's home and entity cards: the translated title as a level-2 heading (the
 * home plugin's own card title is a plain string, and a heading is what a screen reader and the
 * browser test find the card by), and an optional link to the full screen below.
 */
export function HomeCard(props: {
  title: string;
  link?: { title: string; to: string };
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <InfoCard
      title={props.title}
      titleTypographyProps={{ component: 'h2' }}
      action={props.action}
      deepLink={props.link && { title: props.link.title, link: props.link.to }}
    >
      {props.children}
    </InfoCard>
  );
}
