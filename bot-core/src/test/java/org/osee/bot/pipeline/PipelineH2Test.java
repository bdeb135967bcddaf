package org.osee.bot.pipeline;

import org.osee.bot.store.OnH2;

/** The pipeline's guarantees on the embedded H2 database. */
class PipelineH2Test extends PipelineContractTest implements OnH2 {
}
