#pragma once

#include <QTcpSocket>
#include <QTimer>

// A steady stream of HTTP requests to one address, each on a new connection, sent on a precise
// timer whatever the answers do: the load an operator's clients put on a VIP.
class SteadyLoad : public QObject
{
public:
    SteadyLoad(const QString& address, quint16 port, int perSecond)
        : m_address(address)
        , m_port(port)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1000 / perSecond);
        connect(&m_timer, &QTimer::timeout, this, &SteadyLoad::send);
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    int sent() const { return m_sent; }

private:
    void send()
    {
        auto* socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, socket, [socket] { socket->write("GET / HTTP/1.0\r\nHost: lab\r\n\r\n"); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
        socket->connectToHost(m_address, m_port);
        ++m_sent;
    }

    QString m_address;
    quint16 m_port;
    QTimer m_timer;
    int m_sent = 0;
};
