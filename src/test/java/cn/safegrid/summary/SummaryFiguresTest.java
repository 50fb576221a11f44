package cn.safegrid.summary;

import cn.safegrid.support.SafeGridTest;

/** {@link SummaryFiguresContract} on H2. */
@SafeGridTest
class SummaryFiguresTest extends SummaryFiguresContract {}
