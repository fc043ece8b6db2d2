/**
 * The sections of a course in order, as the builder shows them: position, picture, title, media type and topic,
 * with the preview state of each page.
 *
 * Reordering works three ways, all ending in one `reorder` event with the whole new order:
 * - drag a row by its handle (HTML drag and drop);
 * - keyboard: focus a row's handle, Space or Enter picks the section up, Arrow Up/Down (Home/End) move it, Space or
 *   Enter drops it, Escape puts it back; every step is announced in an assertive live region, and focus stays on
 *   the moved section's handle;
 * - the row menu: Move to top, Move up, Move down, Move to bottom.
 *
 * Events (no bubbling): `select` `{ sectionId }`, `edit` `{ sectionId }`, `remove` `{ sectionId }`,
 * `reorder` `{ sectionIds, sectionId }` (sectionId: the section that moved).
 * With `read-only`, rows can only be selected. While `disabled` (the parent is saving) the controls stay focusable
 * but do nothing, so focus is never lost to a control that turns disabled under the user's hands.
 */
import { LightningElement, api } from 'lwc';
import type { SectionDetail, SectionPreview } from '@salesforce/apex/CourseBuilderController';
import { MEDIA_LABELS } from 'c/courseMedia';

const ICONS: Record<SectionDetail['mediaType'], string> = {
  Slide_Page: 'doctype:ppt',
  Image: 'doctype:image',
  Video: 'doctype:video',
  HTML: 'doctype:html',
  Link: 'doctype:link'
};

export interface SectionRow {
  id: string;
  position: number;
  title: string;
  meta: string;
  thumbUrl?: string;
  iconName: string;
  statusLabel?: string;
  rowClass: string;
  draggable: string;
  handleLabel: string;
  menuLabel: string;
  grabbedText: string;
  currentText: string | null;
  isFirst: boolean;
  isLast: boolean;
}

/** `list` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list];
  if (from < 0 || from >= result.length) return result;
  const target = Math.max(0, Math.min(result.length - 1, to));
  const [item] = result.splice(from, 1);
  result.splice(target, 0, item as T);
  return result;
}

export default class CourseSectionList extends LightningElement {
  @api previews: Record<string, SectionPreview> = {};
  @api selectedId?: string;
  @api readOnly = false;
  @api disabled = false;
  @api label = 'Sections';

  announcement = '';
  /** The order while a section is picked up or dragged (ids); otherwise the sections' own order. */
  private working?: string[];
  private original?: string[];
  private grabbedId?: string;
  private draggedId?: string;
  private dropTargetId?: string;
  private focusAfterRender?: string;
  private moving = false;
  private _sections: SectionDetail[] = [];

  @api
  get sections(): SectionDetail[] {
    return this._sections;
  }
  set sections(value: SectionDetail[] | undefined) {
    this._sections = value ?? [];
    // The server's answer is the truth; a keyboard move in progress keeps its own order.
    if (!this.grabbedId) {
      this.working = undefined;
      this.original = undefined;
    }
  }

  /** Focuses the handle (or, read-only, the title) of a section. */
  @api
  focusSection(sectionId: string): void {
    const handle = this.template?.querySelector<HTMLElement>(
      `.entatio-section__handle[data-id="${sectionId}"]`
    );
    const title = this.template?.querySelector<HTMLElement>(
      `.entatio-section__title[data-id="${sectionId}"]`
    );
    (handle ?? title)?.focus();
  }

  get canReorder(): boolean {
    return !this.readOnly && this._sections.length > 1;
  }

  get canEditRows(): boolean {
    return !this.readOnly;
  }

  get listLabel(): string {
    return `${this.label} in presentation order`;
  }

  private get order(): string[] {
    return this.working ?? this._sections.map((section) => section.id);
  }

  private byId(id: string | undefined): SectionDetail | undefined {
    return id ? this._sections.find((section) => section.id === id) : undefined;
  }

  get rows(): SectionRow[] {
    const order = this.order;
    const count = order.length;
    return order.flatMap((id, index): SectionRow[] => {
      const section = this.byId(id);
      if (!section) return [];
      const preview = this.previews?.[id];
      const mediaLabel = MEDIA_LABELS[section.mediaType] ?? section.mediaType;
      const page = section.mediaType === 'Slide_Page' && section.pageNumber ? ` ${section.pageNumber}` : '';
      const topic = section.topic ? ` · ${section.topic}` : '';
      const status = preview?.status ?? section.renditionStatus ?? undefined;
      const classes = ['entatio-section'];
      if (id === this.selectedId) classes.push('entatio-section_selected');
      if (id === this.grabbedId || id === this.draggedId) classes.push('entatio-section_grabbed');
      if (id === this.dropTargetId && id !== this.draggedId) {
        const dragged = this.draggedId ? order.indexOf(this.draggedId) : -1;
        classes.push(dragged > index ? 'entatio-section_drop-before' : 'entatio-section_drop-after');
      }
      const title = section.title || `Untitled section ${index + 1}`;
      return [
        {
          id,
          position: index + 1,
          title,
          meta: `${mediaLabel}${page}${topic}`,
          thumbUrl: preview?.status === 'Ready' && preview.imageUrl ? preview.imageUrl : undefined,
          iconName: ICONS[section.mediaType] ?? 'doctype:unknown',
          statusLabel:
            status === 'Pending' ? 'Preparing preview' : status === 'Unavailable' ? 'No preview' : undefined,
          rowClass: classes.join(' '),
          draggable: this.canReorder && !this.disabled ? 'true' : 'false',
          handleLabel: `Reorder ${title}, position ${index + 1} of ${count}`,
          menuLabel: `Actions for ${title}`,
          grabbedText: id === this.grabbedId ? 'true' : 'false',
          currentText: id === this.selectedId ? 'true' : null,
          isFirst: index === 0,
          isLast: index === count - 1
        }
      ];
    });
  }

  override renderedCallback(): void {
    if (this.focusAfterRender) {
      const id = this.focusAfterRender;
      this.focusAfterRender = undefined;
      this.focusSection(id);
      this.moving = false;
    }
  }

  // ------------------------------------------------------------------------------------------------- events

  private send(name: string, detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  private titleOf(id: string): string {
    return this.byId(id)?.title || 'Section';
  }

  private announce(text: string): void {
    // Re-announce the same words (e.g. two moves to the same place) by clearing first.
    this.announcement = '';
    Promise.resolve().then(() => {
      this.announcement = text;
    });
  }

  private commit(order: string[], movedId: string): void {
    const before = this._sections.map((section) => section.id);
    if (order.join() === before.join()) return;
    this.send('reorder', { sectionIds: order, sectionId: movedId });
  }

  handleSelect(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (id) this.send('select', { sectionId: id });
  }

  handleMenuSelect(event: CustomEvent<{ value: string }>): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (!id || this.disabled) return;
    const action = event.detail.value;
    if (action === 'edit' || action === 'remove') {
      this.send(action, { sectionId: id });
      return;
    }
    const order = this._sections.map((section) => section.id);
    const from = order.indexOf(id);
    const to = { top: 0, up: from - 1, down: from + 1, bottom: order.length - 1 }[action];
    if (to === undefined || to === from) return;
    const next = moveItem(order, from, to);
    this.announce(`${this.titleOf(id)} moved to position ${next.indexOf(id) + 1} of ${next.length}.`);
    this.commit(next, id);
  }

  // --------------------------------------------------------------------------------------------- keyboard

  handleHandleKeyDown(event: KeyboardEvent): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (!id || this.disabled) return;
    const key = event.key;
    const count = this.order.length;
    if (!this.grabbedId) {
      if (key === ' ' || key === 'Enter') {
        event.preventDefault();
        this.grabbedId = id;
        this.original = this.order;
        this.working = [...this.order];
        this.announce(
          `${this.titleOf(id)} picked up, position ${this.order.indexOf(id) + 1} of ${count}. ` +
            'Use the up and down arrow keys to move it, Space to drop it, Escape to cancel.'
        );
      }
      return;
    }
    if (this.grabbedId !== id) return;
    const order = this.working ?? this.order;
    const from = order.indexOf(id);
    const targets: Record<string, number> = {
      ArrowUp: from - 1,
      ArrowDown: from + 1,
      Home: 0,
      End: count - 1
    };
    if (key in targets) {
      event.preventDefault();
      const to = Math.max(0, Math.min(count - 1, targets[key]!));
      if (to === from) {
        this.announce(
          `${this.titleOf(id)} is already ${to === 0 ? 'first' : 'last'}, position ${to + 1} of ${count}.`
        );
        return;
      }
      this.moving = true;
      this.working = moveItem(order, from, to);
      this.focusAfterRender = id;
      this.announce(`${this.titleOf(id)}, position ${to + 1} of ${count}.`);
      return;
    }
    if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      const final = this.working ?? order;
      this.grabbedId = undefined;
      this.announce(`${this.titleOf(id)} dropped at position ${final.indexOf(id) + 1} of ${count}.`);
      this.focusAfterRender = id;
      this.commit(final, id);
      return;
    }
    if (key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.cancelGrab(true);
    }
  }

  private cancelGrab(refocus: boolean): void {
    const id = this.grabbedId;
    if (!id) return;
    const original = this.original ?? this.order;
    this.grabbedId = undefined;
    this.working = undefined;
    this.original = undefined;
    if (refocus) {
      this.moving = true;
      this.focusAfterRender = id;
    }
    this.announce(
      `Reordering cancelled. ${this.titleOf(id)} is back at position ${original.indexOf(id) + 1} of ${original.length}.`
    );
  }

  handleFocusOut(event: FocusEvent): void {
    if (!this.grabbedId || this.moving) return;
    const next = event.relatedTarget as Node | null;
    // Focus left the list while a section was picked up: put it back (as Escape would).
    if (!next || !this.template?.contains(next)) this.cancelGrab(false);
  }

  // ------------------------------------------------------------------------------------------ drag and drop

  handleDragStart(event: DragEvent): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (!id || !this.canReorder || this.disabled) {
      event.preventDefault();
      return;
    }
    this.draggedId = id;
    this.original = this.order;
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', this.titleOf(id));
    }
  }

  handleDragOver(event: DragEvent): void {
    if (!this.draggedId) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (id !== this.dropTargetId) this.dropTargetId = id;
  }

  handleDragLeave(event: DragEvent): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (id === this.dropTargetId) this.dropTargetId = undefined;
  }

  handleDrop(event: DragEvent): void {
    const moved = this.draggedId;
    const target = (event.currentTarget as HTMLElement).dataset.id;
    this.draggedId = undefined;
    this.dropTargetId = undefined;
    if (!moved || !target) return;
    event.preventDefault();
    const order = this.order;
    const next = moveItem(order, order.indexOf(moved), order.indexOf(target));
    this.announce(`${this.titleOf(moved)} moved to position ${next.indexOf(moved) + 1} of ${next.length}.`);
    this.commit(next, moved);
  }

  handleDragEnd(): void {
    this.draggedId = undefined;
    this.dropTargetId = undefined;
  }
}
