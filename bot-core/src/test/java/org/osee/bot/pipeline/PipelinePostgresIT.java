package org.osee.bot.pipeline;

import org.osee.bot.store.OnPostgres;

/** The pipeline's guarantees on PostgreSQL. */
class PipelinePostgresIT extends PipelineContractTest implements OnPostgres {
}
