import { Migration } from '@mikro-orm/migrations';

/** Trả kết quả qua bưu chính (D11): item numbers of the demo postal connector, distinct across nodes. */
export class Migration20261125000070Postal extends Migration {
  override async up(): Promise<void> {
    this.addSql('create sequence postal_item_seq start 10000 maxvalue 99999999;');
  }
}
