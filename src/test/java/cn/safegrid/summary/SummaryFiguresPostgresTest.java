package cn.safegrid.summary;

import cn.safegrid.support.PostgresTest;

/** {@link SummaryFiguresContract} on PostgreSQL 17. */
@PostgresTest
class SummaryFiguresPostgresTest extends SummaryFiguresContract {}
