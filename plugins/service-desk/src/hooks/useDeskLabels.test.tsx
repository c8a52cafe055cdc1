import {
  appLanguageApiRef,
  configApiRef,
  errorApiRef,
  translationApiRef,
} from '@backstage/frontend-plugin-api';
import { mockApis } from '@backstage/frontend-test-utils';
import { TestApiProvider } from '@backstage/test-utils';
import { renderHook } from '@testing-library/react';
import { PropsWithChildren } from 'react';
import { useDeskLabels } from './useDeskLabels';

const config = mockApis.config({
  data: {
    serviceDesk: {
      priority: {
        impacts: [
          { id: 'high', label: { en: 'High', zh: '高' } },
          { id: 'low', label: { en: 'Low', zh: '低' } },
        ],
        urgencies: [{ id: 'high', label: { en: 'High', zh: '高' } }, 'low'],
        matrix: { high: { high: 'P1', low: 'P3' }, low: { high: 'P3' } },
      },
      categories: [
        {
          id: 'infrastructure',
          title: { en: 'Infrastructure', zh: '基础设施' },
          children: [{ id: 'network', title: { en: 'Network', zh: '网络' } }],
        },
      ],
    },
  },
});

const labelsIn = (language: string) => {
  const wrapper = ({ children }: PropsWithChildren) => (
    <TestApiProvider
      apis={[
        [configApiRef, config],
        [translationApiRef, mockApis.translation()],
        [errorApiRef, mockApis.error()],
        [
          appLanguageApiRef,
          {
            getAvailableLanguages: () => ({ languages: ['en', 'zh-CN'] }),
            getLanguage: () => ({ language }),
          },
        ],
      ]}
    >
      {children}
    </TestApiProvider>
  );
  return renderHook(() => useDeskLabels(), { wrapper }).result.current;
};

describe('useDeskLabels', () => {
  it('names configured values in Chinese when the portal is in Chinese', () => {
    const labels = labelsIn('zh-CN');
    expect(labels.impact('high')).toBe('高');
    expect(labels.urgency('high')).toBe('高');
    expect(labels.urgency('low')).toBe('low');
    expect(labels.category('infrastructure/network')).toBe('基础设施 / 网络');
    expect(labels.category('gone')).toBe('gone');
  });

  it('names them in English otherwise, with the priority in words', () => {
    const labels = labelsIn('en');
    expect(labels.impact('low')).toBe('Low');
    expect(labels.category('infrastructure/network')).toBe(
      'Infrastructure / Network',
    );
    expect(
      labels.priority({ priority: 'P1', impact: 'high', urgency: 'high' }),
    ).toBe('P1 (impact High × urgency High)');
  });
});
