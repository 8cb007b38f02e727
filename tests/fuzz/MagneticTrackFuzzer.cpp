// What a keyboard-wedge reader types, or anything a person or a broken reader
// could type in its place: the track parser and the swipe detector must never
// crash, and never call something a card that is not a well-formed number or
// a number of the shape the store's old system may have used (which the
// store then judges).

#include "cards/MagneticTrack.h"
#include "cards/SwipeDetector.h"
#include "core/Identity.h"

#include <cstdint>
#include <cstdlib>

using namespace viptill;

namespace {

bool isCardNumber(const QString& number)
{
    return isWellFormedCardNumber(number) || isImportedCardNumberShape(number);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString typed =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<QString> card = parseTrack2(typed);
    if (card && !isCardNumber(card.value()))
        std::abort();
    (void)normaliseWedgeText(typed);

    // The same text fed key by key; each byte also moves the clock on, so
    // the detector sees fast and slow typing mixed.
    SwipeDetector detector;
    qint64 at = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        at += i < static_cast<qsizetype>(size) ? data[i] % 80 : 1;
        const SwipeDetector::Step step =
            typed.at(i) == u'\n' ? detector.finish(at) : detector.feed(typed.at(i), at);
        if (step.verdict == SwipeDetector::Verdict::Swipe && !isCardNumber(step.text))
            std::abort();
    }
    const SwipeDetector::Step last = detector.finish(at + SwipeDetector::MaxGapMs);
    if (last.verdict == SwipeDetector::Verdict::Swipe && !isCardNumber(last.text))
        std::abort();
    return 0;
}
