import { budgetNatures } from '@pilotis/shared';
import { NumberInput, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEuroInputProps } from '../money-input';

interface BudgetCapacityGridProps {
  years: number[];
  values: Record<string, number | ''>;
  onChange: (values: Record<string, number | ''>) => void;
  errors: Record<string, string>;
  title: string;
  /** Where the server's issues for this grid live (`budgetCapacities`, `costs`…). */
  errorPath: string;
}

/** The budget voted for the portfolio: one figure per year and nature, in euros. */
export function BudgetCapacityGrid({ years, values, onChange, errors, title, errorPath }: BudgetCapacityGridProps) {
  const { t } = useTranslation();
  const euroInputProps = useEuroInputProps();
  const error = Object.entries(errors).find(([path]) => path.startsWith(errorPath))?.[1];
  return (
    <div>
      <Title order={3} size="h5" mb="xs">{title}</Title>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('portfolios.arbitration.year')}</Table.Th>
              {budgetNatures.map((nature) => <Table.Th key={nature} scope="col">{t(`portfolios.arbitration.natures.${nature}`)}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((year) => (
              <Table.Tr key={year}>
                <Table.Th scope="row">{year}</Table.Th>
                {budgetNatures.map((nature) => (
                  <Table.Td key={nature}>
                    <NumberInput
                      aria-label={t('portfolios.settings.budgetCell', { year, nature: t(`portfolios.arbitration.natures.${nature}`) })}
                      {...euroInputProps}
                      value={values[`${year}:${nature}`] ?? ''}
                      onChange={(v) => onChange({ ...values, [`${year}:${nature}`]: v === '' ? '' : Number(v) })}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {error && <Text size="sm" c="red.9" role="alert">{error}</Text>}
    </div>
  );
}
