import type { ReactNode } from 'react';
import type { Country, Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { kindLabel } from '../i18n/terms.ts';
import { Badge } from '../ui/Status.tsx';
import type { TreeNode } from './tree.ts';

interface UnitTreeProps {
  roots: readonly TreeNode<Unit>[];
  country: Country;
  label: string;
  /** Buttons shown after each unit (edit, archive …); none on read-only views. */
  renderActions?: (node: TreeNode<Unit>) => ReactNode;
  selectedId?: string | null;
}

/**
 * The organisation as nested lists. Plain lists with ordinary buttons (rather than an ARIA tree widget)
 * keep Tab navigation predictable and let screen readers announce "list, 3 items" at each level.
 */
export function UnitTree({ roots, country, label, renderActions, selectedId }: UnitTreeProps) {
  return (
    <ul className="unit-tree" aria-label={label}>
      {roots.map((node) => (
        <UnitTreeItem
          key={node.item.id}
          node={node}
          country={country}
          renderActions={renderActions}
          selectedId={selectedId}
        />
      ))}
    </ul>
  );
}

function UnitTreeItem({
  node,
  country,
  renderActions,
  selectedId,
}: Omit<UnitTreeProps, 'roots' | 'label'> & { node: TreeNode<Unit> }) {
  const { t } = useI18n();
  const unit = node.item;
  const selected = selectedId === unit.id;
  return (
    <li className={`unit-node${unit.archivedAt ? ' is-archived' : ''}${selected ? ' is-selected' : ''}`}>
      <div className="unit-row">
        <div className="unit-main">
          <span className="unit-name">{unit.name}</span>
          <span className="unit-kind">{kindLabel(t, country, unit.kind)}</span>
          {unit.isEntrance && <Badge tone="info">{t('unit.entranceBadge')}</Badge>}
          {unit.archivedAt && <Badge>{t('unit.archivedBadge')}</Badge>}
          {(node.orphan || node.inCycle) && <Badge tone="warn">{t('unit.orphanBadge')}</Badge>}
        </div>
        {renderActions && <div className="unit-actions">{renderActions(node)}</div>}
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <UnitTreeItem
              key={child.item.id}
              node={child}
              country={country}
              renderActions={renderActions}
              selectedId={selectedId}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
