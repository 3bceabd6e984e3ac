import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { AgencyDirectory } from '../organisation/agency-directory';
import type { ProcedureVersion } from './catalogue-api';
import { CHANNEL_LABELS, displayDate, durationLabel, money, serviceLevelLabel } from './catalogue-vocabulary';

/** The procedure record (A3) of one version, read back as the regulation lists its parts. */
@Component({
  selector: 'app-version-record',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './version-record.html',
  styleUrl: './version-record.css',
})
export class VersionRecord {
  readonly version = input.required<ProcedureVersion>();

  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly durationLabel = durationLabel;
  protected readonly money = money;
  protected readonly serviceLevelLabel = serviceLevelLabel;
  protected readonly displayDate = displayDate;

  private readonly directory = inject(AgencyDirectory);

  constructor() {
    void this.directory.ensureLoaded().catch(() => undefined);
  }

  /** The agencies by name: those the API joined, else the codes looked up in the agency tree. */
  protected agencyNames(v: ProcedureVersion): string {
    return v.agencies?.length ? v.agencies.map((agency) => agency.name).join('; ') : v.agencyCodes.map((code) => this.directory.nameOf(code)).join('; ');
  }

  protected flags(v: ProcedureVersion): string[] {
    return [
      v.postalAllowed ? 'Tiếp nhận, trả kết quả qua bưu chính công ích' : '',
      v.immediateResult ? 'Trả kết quả ngay' : '',
      v.crossBoundary ? 'Tiếp nhận không phụ thuộc địa giới hành chính' : '',
    ].filter(Boolean);
  }
}
