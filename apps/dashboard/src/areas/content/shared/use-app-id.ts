import { useParams } from '@tanstack/react-router';

/** The App of the screen (every content route hangs under `/apps/$appId`). */
export function useAppId(): string {
  return useParams({ from: '/_app/apps/$appId' }).appId;
}
