/**
 * The content area's public door: what other areas of the dashboard may reuse. Everything else in
 * this folder is internal.
 */
export type { MediaItem } from './api';
export { RichTextEditor } from './blog/rich-text-editor';
export type { RichTextDoc } from './blog/richtext';
export { ImageField } from './media/image-field';
export { MediaPicker, type MediaPickerProps } from './media/media-picker';
export { MediaThumb } from './media/media-thumb';
