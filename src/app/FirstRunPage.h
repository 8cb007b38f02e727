#pragma once

#include "TillContext.h"
#include "core/Records.h"
#include "services/CatalogueService.h"
#include "services/ProgrammeSettings.h"

#include <QScopedPointer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Ui {
class FirstRunPage;
}

namespace viptill {

// 开店: what a till shows on a store with no staff yet, instead of the
// log-in, step by step: the store's name (address, phone) → its key file,
// made or found and shown by its path, to copy to the safe and every till
// (a store of many tills is given one by `viptillctl keys create`: no step
// on without it) → the first manager, who is recorded with the store's
// name → the catalogue's dry run and import, which may be skipped. Then the
// log-in. Enter goes on, Esc goes back; each refusal beside its field.
class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    enum class Step
    {
        Store,
        KeyFile,
        Manager,
        Catalogue
    };

    explicit FirstRunPage(TillContext& till, QWidget* parent = nullptr);
    ~FirstRunPage() override;

    // From the first step, on a store without staff.
    void start();
    Step step() const;
    // The refusal shown beside a field (its object name), empty if none.
    QString faultOf(const QString& field) const;
    QString messageText() const;
    QString messageTone() const;
    // The key file this till uses, whether it is there.
    QString keyFilePath() const;
    bool hasKeys() const;

signals:
    // The store has its staff: the log-in comes next, with this message and
    // the staff number to log in with.
    void finished(const QString& message, const QString& staffNumber);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showStep(Step step);
    QList<QWidget*> stepPages() const; // in the order of Step
    void next();
    void back();
    // Each step's Enter.
    bool checkStoreField(QLineEdit* field, const QString& key);
    void storeDone();
    void keyFileDone();
    void showKeyFile();
    void addManager();
    void catalogueEnter();
    void chooseCatalogueFile();
    void finish(const QString& message);

    void fault(QLineEdit* field, const QString& text);
    void clearFaults();
    QLabel* faultLabel(const QWidget* field) const;
    void say(const QString& text, const QString& tone);
    void retranslate();
    StoreIdentity identity() const;

    const QScopedPointer<Ui::FirstRunPage> m_ui;
    TillContext& m_till;
    Step m_step = Step::Store;
    std::optional<StaffMember> m_manager;
    std::optional<ImportPreview> m_preview;
    QString m_previewedPath;
};

} // namespace viptill
