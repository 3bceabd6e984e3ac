import { Pipe, type PipeTransform, inject } from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';

/**
 * Lets a frame show one of our own API's files. Only same-origin `/api/` paths are trusted, so
 * nothing a dossier contains can point the frame elsewhere.
 */
@Pipe({ name: 'safeResource' })
export class SafeResource implements PipeTransform {
  private readonly sanitizer = inject(DomSanitizer);

  transform(url: string): SafeResourceUrl | null {
    return url.startsWith('/api/') ? this.sanitizer.bypassSecurityTrustResourceUrl(url) : null;
  }
}
