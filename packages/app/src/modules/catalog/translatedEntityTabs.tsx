import {
  ExtensionDataRef,
  coreExtensionData,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { scorecardTranslationRef } from '@internal/plugin-scorecard/alpha';
import { serviceDeskTranslationRef } from '@internal/plugin-service-desk/alpha';
import { useMemo } from 'react';
import { portalTranslationRef } from '../../translation';

/** The tabs named in the reader's language, by their extension ids; the others keep theirs. */
function useTabTitles(): Record<string, string> {
  const desk = useTranslationRef(serviceDeskTranslationRef).t;
  const scorecard = useTranslationRef(scorecardTranslationRef).t;
  const portal = useTranslationRef(portalTranslationRef).t;
  return {
    'entity-content:catalog/overview': portal('entityTabs.overview'),
    'entity-content:service-desk/tickets': desk('entityTab.title'),
    'entity-content:scorecard/scorecard': scorecard('nav.title'),
  };
}

/** What an entity content hands the entity page, in the order the page declares it. */
const CONTENT_DATA: ExtensionDataRef<any, any, any>[] = [
  coreExtensionData.reactElement,
  coreExtensionData.routePath,
  coreExtensionData.routeRef,
  EntityContentBlueprint.dataRefs.title,
  EntityContentBlueprint.dataRefs.filterFunction,
  EntityContentBlueprint.dataRefs.filterExpression,
  EntityContentBlueprint.dataRefs.group,
  EntityContentBlueprint.dataRefs.icon,
];

type Input = { node: { spec: { id: string } }; get(ref: any): unknown };

/** One content's data as an input override, its title replaced when there is a translation. */
function withTitle(content: Input, title: string | undefined) {
  return CONTENT_DATA.flatMap(ref => {
    const value =
      ref.id === EntityContentBlueprint.dataRefs.title.id && title
        ? title
        : content.get(ref);
    return value === undefined ? [] : [(ref as any)(value)];
  });
}

/**
 * The catalog's entity page with its tabs titled in the reader's language. An entity content's
 * title is a plain string in this release (catalog 2.0.9), read once when the app is built, and
 * the page shows it as the tab and the document title. So the page's own factory is run again,
 * through the override API's input overrides, with the titles of the language being read, and
 * that page is rendered; a change of language builds it once more.
 */
export const catalogWithTranslatedTabs = catalogPlugin.withOverrides({
  extensions: [
    catalogPlugin.getExtension('page:catalog/entity').override({
      *factory(originalFactory, { inputs }) {
        const contents = inputs.contents as unknown as Input[];
        const pageIn = (titles: Record<string, string>) =>
          originalFactory({
            inputs: {
              ...inputs,
              contents: contents.map(c => withTitle(c, titles[c.node.spec.id])),
            } as any,
          }).get(coreExtensionData.reactElement);

        function TranslatedEntityPage() {
          const titles = useTabTitles();
          const key = JSON.stringify(titles);
          // eslint-disable-next-line react-hooks/exhaustive-deps
          return useMemo(() => pageIn(titles), [key]);
        }

        for (const value of originalFactory()) {
          if (value.id !== coreExtensionData.reactElement.id) yield value;
        }
        yield coreExtensionData.reactElement(<TranslatedEntityPage />);
      },
    }),
  ],
});
