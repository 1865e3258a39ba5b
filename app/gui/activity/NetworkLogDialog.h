// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace runai {

class MessageBanner;
class NetworkLog;
class NetworkLogFilterModel;
class NetworkLogModel;
class NetworkLogReport;

// Tools → Network log: every HTTP exchange of this run (time, method, path, status, duration,
// the server's message), updated live, filtered to errors or by text, cleared, and saved as a
// JSON-lines file for a bug report on a pool thread. For the moment a real console answers
// differently from the sandbox. It shows only what NetworkLog keeps: no body, no header, no
// secret. Non-modal; opened with show().
class NetworkLogDialog : public QDialog
{
    Q_OBJECT
public:
    // Names the console (the active profile's) in the saved file's header; may answer empty.
    using ConsoleHost = std::function<QString()>;

    NetworkLogDialog(NetworkLog *log, ConsoleHost consoleHost, QWidget *parent = nullptr);
    ~NetworkLogDialog() override;

    // Writes the whole log (not only the filtered rows) to `path`; ends with a banner.
    void saveTo(const QString &path);

    // For tests and the accessibility walk.
    QTableView *view() const { return m_view; }
    NetworkLogModel *model() const { return m_model; }
    NetworkLogFilterModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *errorsOnlyBox() const { return m_errorsOnly; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *saveButton() const { return m_save; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void askWhereToSave();
    void saved(const QString &path, int entries, const QString &error);
    void updateSummary();

    QPointer<NetworkLog> m_log;
    ConsoleHost m_consoleHost;
    NetworkLogModel *m_model = nullptr;
    NetworkLogFilterModel *m_filter = nullptr;
    NetworkLogReport *m_report = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_errorsOnly = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_save = nullptr;
    QPointer<QFileDialog> m_fileDialog;
};

} // namespace runai
